using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Contracts.Events.VideoReview;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Office.Tests;

/// <summary>The other ways a held rejection (否定报备, decision 0562) travels: a rejection voted in a video joint review
/// is held like a reviewer's, and one approved while its department's own special procedure stops the clock is recorded
/// when the clock runs again (decision 0577).</summary>
[Collection(OfficeCollection.Name)]
public sealed class HeldRejectionPathsTests(OfficeHostFixture fixture)
{
    private const string Reason = "消防通道不符合要求";

    [Fact]
    public async Task A_rejection_voted_in_a_video_joint_review_is_held_until_the_centre_approves_it()
    {
        await fixture.GrantAsync(OfficeHostFixture.AllPowers);
        await fixture.SetRulesAsync(approvalFirst: true);
        var caseId = await fixture.AcceptedCaseAsync();
        var task = await fixture.TaskOfAsync("reviewer-scjg", caseId);
        var session = Guid.NewGuid();

        await fixture.Host.Services.GetRequiredService<IBus>().Publish(new VideoReviewConcluded(session, caseId, "rejected",
            [new VideoReviewVote(OfficeHostFixture.Centre, OfficeHostFixture.MarketRegulation, "reject", Reason)], "clerk", DateTimeOffset.UtcNow));

        var filing = await fixture.FilingAsync(caseId, "awaiting-approval");
        Assert.Equal(("rejection", task, Reason), (filing.Str("kind"), filing.Str("taskId"), filing.Str("reason")));
        Assert.Equal(1L, await fixture.CountAsync($"SELECT count(*) FROM approval.review_tasks WHERE \"Id\" = '{task}' AND \"Status\" = 'Pending'"));
        Assert.Equal(0L, await fixture.CountAsync(
            $"SELECT count(*) FROM approval.outbox_messages WHERE aggregate_id = '{caseId}' AND message_type LIKE '%.DepartmentDecided%'"));

        using var admin = fixture.Host.CreateClient("hall-admin");
        await (await admin.PostAsJsonAsync($"/api/office/filings/{filing.Str("id")}/decision", new { approve = true })).JsonAsync(HttpStatusCode.OK);
        await fixture.Host.Eventually(async () => await fixture.CountAsync(
            $"SELECT count(*) FROM approval.review_tasks WHERE \"Id\" = '{task}' AND \"Status\" = 'Rejected' AND \"DecidedBy\" = 'video-review:{session}' AND \"Reason\" = '{Reason}'") == 1
            ? (bool?)true : null, TimeSpan.FromSeconds(20));
        await fixture.SetRulesAsync(approvalFirst: false);
    }

    [Fact]
    public async Task A_rejection_approved_while_its_departments_special_procedure_stops_the_clock_applies_when_the_clock_runs_again()
    {
        await fixture.GrantAsync(OfficeHostFixture.AllPowers);
        await fixture.SetRulesAsync(approvalFirst: true);
        var caseId = await fixture.AcceptedCaseAsync();
        var task = await fixture.TaskOfAsync("reviewer-scjg", caseId);
        await (await fixture.DecideAsync("reviewer-scjg", task, new { decision = "reject", reason = Reason })).JsonAsync(HttpStatusCode.Accepted);
        var filing = await fixture.FilingAsync(caseId, "awaiting-approval");
        await (await fixture.DecideAsync("reviewer-scjg", task,
            new { decision = "start-special-procedure", procedure = "expert-review", notice = "专家评审告知书" })).JsonAsync(HttpStatusCode.OK);

        using var admin = fixture.Host.CreateClient("hall-admin");
        await (await admin.PostAsJsonAsync($"/api/office/filings/{filing.Str("id")}/decision", new { approve = true })).JsonAsync(HttpStatusCode.OK);
        var waiting = await Kinds(caseId, "rejection-awaits-clock");
        Assert.DoesNotContain("rejected", waiting); // the department that stopped the clock decides only once it runs again
        Assert.Equal(1L, await fixture.CountAsync($"SELECT count(*) FROM approval.review_tasks WHERE \"Id\" = '{task}' AND \"Status\" = 'Pending'"));
        await (await fixture.DecideAsync("reviewer-scjg", task, new { decision = "approve" })).ProblemAsync(HttpStatusCode.Conflict);

        await (await fixture.DecideAsync("reviewer-scjg", task, new { decision = "conclude-special-procedure", reason = "专家评审结束" })).JsonAsync(HttpStatusCode.OK);
        var kinds = await Kinds(caseId, "rejected");
        Assert.True(kinds.IndexOf("clock-resumed") < kinds.IndexOf("rejected"), string.Join(",", kinds));
        Assert.Equal(1L, await fixture.CountAsync(
            $"SELECT count(*) FROM approval.review_tasks WHERE \"Id\" = '{task}' AND \"Status\" = 'Rejected' AND \"DecidedBy\" = 'reviewer-scjg' AND \"Reason\" = '{Reason}' AND \"WaitingRejection\" IS NULL"));
        Assert.Equal(1L, await fixture.CountAsync(
            $"SELECT count(*) FROM approval.outbox_messages WHERE aggregate_id = '{caseId}' AND message_type LIKE '%.DepartmentDecided%'"));
        await fixture.SetRulesAsync(approvalFirst: false);
    }

    /// <summary>The case's timeline kinds once one of them is <paramref name="kind"/>.</summary>
    private async Task<List<string>> Kinds(Guid caseId, string kind)
    {
        using var supervisor = fixture.Host.CreateClient("supervisor-county");
        var entries = await fixture.Host.Eventually(async () =>
        {
            var t = await supervisor.GetJsonAsync($"/api/approval/cases/{caseId}/timeline");
            var list = t.GetProperty("entries").EnumerateArray().Select(e => e.Str("kind")).ToList();
            return list.Contains(kind) ? list : null;
        }, TimeSpan.FromSeconds(20));
        return entries!;
    }
}
