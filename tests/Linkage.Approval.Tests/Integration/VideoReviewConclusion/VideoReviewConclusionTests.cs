using Linkage.Testing;
using Linkage.Contracts.Events.VideoReview;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Approval.Tests.Integration;

/// <summary>A video joint review's conclusion decides the participating departments' tasks (inbox consumer).</summary>
public sealed class VideoReviewConclusionTests(ApprovalHostFixture fixture) : IClassFixture<ApprovalHostFixture>
{
    [Fact]
    public async Task Every_department_approving_in_the_joint_review_approves_the_case()
    {
        var accepted = await fixture.Cases.PublishAsync(await fixture.Cases.FoodPermitImplementationAsync());
        await fixture.Host.PlanAsync(accepted.CaseId);

        await PublishAsync(accepted.CaseId, Vote("dep-350926-scjg", "approve"), Vote("dep-350926-wsjk", "approve"),
            Vote("dep-350926-xfjy", "approve"));

        await fixture.Host.Eventually(async () => await fixture.OutboxCountAsync(accepted.CaseId, "CaseApproved") == 1);
        var plan = await fixture.Host.PlanAsync(accepted.CaseId);
        Assert.Equal("approved", plan.GetProperty("status").GetString());
        Assert.All(plan.GetProperty("departments").EnumerateArray(), d => Assert.Equal("approved", d.GetProperty("status").GetString()));
        Assert.Equal(3, await fixture.CountAsync(
            "SELECT count(*) FROM approval.review_tasks WHERE \"CaseId\" = $1 AND \"DecidedBy\" LIKE 'video-review:%'", accepted.CaseId));
    }

    [Fact]
    public async Task A_rejection_with_reasons_rejects_and_an_abstention_leaves_its_task_pending()
    {
        var accepted = await fixture.Cases.PublishAsync(await fixture.Cases.FoodPermitImplementationAsync());
        await fixture.Host.PlanAsync(accepted.CaseId);

        await PublishAsync(accepted.CaseId, Vote("dep-350926-scjg", "abstain"), Vote("dep-350926-xfjy", "reject", "消防通道不符合要求"));

        await fixture.Host.Eventually(async () => await fixture.OutboxCountAsync(accepted.CaseId, "DepartmentDecided") == 1);
        var plan = await fixture.Host.PlanAsync(accepted.CaseId);
        var byDepartment = plan.GetProperty("departments").EnumerateArray()
            .ToDictionary(d => d.GetProperty("departmentId").GetString()!, d => d.GetProperty("status").GetString());
        Assert.Equal("rejected", byDepartment["dep-350926-xfjy"]);
        Assert.Equal("pending", byDepartment["dep-350926-scjg"]);
        Assert.Equal(1, await fixture.CountAsync(
            "SELECT count(*) FROM approval.review_tasks WHERE \"CaseId\" = $1 AND \"Reason\" = '消防通道不符合要求'", accepted.CaseId));
    }

    [Fact]
    public async Task A_supplement_request_in_the_joint_review_stops_the_clock_for_the_named_materials()
    {
        var accepted = await fixture.Cases.PublishAsync(await fixture.Cases.FoodPermitImplementationAsync());
        await fixture.Host.PlanAsync(accepted.CaseId);

        await PublishAsync(accepted.CaseId, new VideoReviewVote("ou-350926-centre", "dep-350926-wsjk", "request-supplement", "缺少从业人员健康证明", ["M03"]));

        await fixture.Host.Eventually(async () => await fixture.OutboxCountAsync(accepted.CaseId, "SupplementRequested") == 1);
        var timeline = await fixture.Host.CreateClient("clerk").GetJsonAsync($"/api/approval/cases/{accepted.CaseId}/timeline");
        Assert.Equal("supplement", timeline.GetProperty("clockStoppedFor").GetString());
        Assert.Equal(1, await fixture.CountAsync(
            "SELECT count(*) FROM approval.review_timeline WHERE \"CaseId\" = $1 AND \"Kind\" = 'clock-stopped' AND \"Detail\" LIKE '%缺少从业人员健康证明%'",
            accepted.CaseId));
    }

    [Fact]
    public async Task A_stored_recording_is_attached_to_the_cases_record_by_its_hash()
    {
        var accepted = await fixture.Cases.PublishAsync(await fixture.Cases.FoodPermitImplementationAsync());
        await fixture.Host.PlanAsync(accepted.CaseId);
        var sha = new string('a', 64);

        await fixture.Host.Services.GetRequiredService<IBus>().Publish(new RecordingStored(Guid.NewGuid(), Guid.NewGuid(), accepted.CaseId,
            "video", "videoroom-1-user-2-video-1.webm", 123_456, sha, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddYears(3)));

        await fixture.Host.Eventually(async () => await fixture.CountAsync(
            "SELECT count(*) FROM approval.review_timeline WHERE \"CaseId\" = $1 AND \"Kind\" = 'video-recording'", accepted.CaseId) == 1);
        var timeline = await fixture.Host.CreateClient("clerk").GetJsonAsync($"/api/approval/cases/{accepted.CaseId}/timeline");
        var entry = timeline.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "video-recording");
        Assert.Contains($"SHA-256 {sha}", entry.GetProperty("detail").GetString());
    }

    private static VideoReviewVote Vote(string department, string choice, string? remark = null) =>
        new("ou-350926-centre", department, choice, remark);

    private Task PublishAsync(Guid caseId, params VideoReviewVote[] votes) =>
        fixture.Host.Services.GetRequiredService<IBus>().Publish(new VideoReviewConcluded(
            Guid.NewGuid(), caseId, "approved", votes, "clerk", DateTimeOffset.UtcNow));
}
