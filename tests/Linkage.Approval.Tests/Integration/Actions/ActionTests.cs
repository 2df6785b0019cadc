using System.Net;
using System.Net.Http.Json;
using Linkage.Contracts.Events.Intake;
using Linkage.Kernel;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Approval.Tests.Integration;

public sealed class ActionTests(ApprovalHostFixture fixture) : IClassFixture<ApprovalHostFixture>
{
    [Fact]
    public async Task A_supplement_request_stops_the_whole_clock_until_intake_reports_the_materials()
    {
        var accepted = await fixture.Cases.PublishAsync(await fixture.Cases.FoodPermitImplementationAsync());
        var plan = await fixture.Host.PlanAsync(accepted.CaseId);
        using var scjg = fixture.Host.CreateClient("reviewer-scjg");
        using var wsjk = fixture.Host.CreateClient("reviewer-wsjk");
        var task = plan.TaskOf("dep-350926-scjg");

        var stopped = await (await scjg.PostAsJsonAsync($"/api/approval/tasks/{task}/decision", new
        {
            decision = "request-supplement", reason = "缺少从业人员健康证明",
            materials = new[] { new { code = "M03", name = "从业人员健康证明" } },
        })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("supplement", stopped.GetProperty("clockStoppedFor").GetString());
        Assert.Equal(1, await fixture.OutboxCountAsync(accepted.CaseId, "ClockStopped"));
        Assert.Equal(1, await fixture.OutboxCountAsync(accepted.CaseId, "SupplementRequested"));
        await (await scjg.DecideAsync(task, "approve")).JsonAsync(HttpStatusCode.Conflict);
        await (await wsjk.PostAsJsonAsync($"/api/approval/tasks/{plan.TaskOf("dep-350926-wsjk")}/decision",
            new { decision = "start-special-procedure", procedure = "hearing", notice = "听证告知书" })).JsonAsync(HttpStatusCode.Conflict);

        var supplied = new MaterialsSupplied(accepted.CaseId, accepted.CaseNumber, ["M03"], DateTimeOffset.UtcNow, ChinaTime.ToLocalDate(DateTimeOffset.UtcNow));
        await fixture.Host.Services.GetRequiredService<IBus>().Publish(supplied);
        await fixture.Host.Eventually(async () => await fixture.OutboxCountAsync(accepted.CaseId, "ClockResumed") == 1 ? (bool?)true : null,
            TimeSpan.FromSeconds(20));

        await (await scjg.DecideAsync(task, "approve")).JsonAsync(HttpStatusCode.OK);
        using var clerk = fixture.Host.CreateClient("clerk");
        var timeline = await clerk.GetJsonAsync($"/api/approval/cases/{accepted.CaseId}/timeline");
        var kinds = timeline.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["opened", "clock-stopped", "clock-resumed", "approved"], kinds);
        Assert.False(timeline.TryGetProperty("clockStoppedFor", out _), "the clock runs again");
    }

    [Fact]
    public async Task A_special_procedure_stops_the_clock_with_its_notice_and_its_conclusion_resumes_it()
    {
        var accepted = await fixture.Cases.PublishAsync(await fixture.Cases.FoodPermitImplementationAsync());
        var task = (await fixture.Host.PlanAsync(accepted.CaseId)).TaskOf("dep-350926-wsjk");
        using var wsjk = fixture.Host.CreateClient("reviewer-wsjk");

        await (await wsjk.PostAsJsonAsync($"/api/approval/tasks/{task}/decision",
            new { decision = "start-special-procedure", procedure = "expert-review", notice = "专家评审告知书：评审期间不计入审批时限" })).JsonAsync(HttpStatusCode.OK);
        await (await wsjk.PostAsJsonAsync($"/api/approval/tasks/{task}/decision",
            new { decision = "conclude-special-procedure", reason = "专家评审通过" })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(1, await fixture.OutboxCountAsync(accepted.CaseId, "ClockStopped"));
        Assert.Equal(1, await fixture.OutboxCountAsync(accepted.CaseId, "ClockResumed"));
        Assert.Equal(1, await fixture.CountAsync(
            "SELECT count(*) FROM approval.outbox_messages WHERE aggregate_id = $1 AND payload::text LIKE '%expert-review%专家评审告知书%'", accepted.CaseId.ToString()));
        await (await wsjk.PostAsJsonAsync($"/api/approval/tasks/{task}/decision", new { decision = "conclude-special-procedure" })).JsonAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_extension_beyond_the_legal_one_is_422_naming_workingDays_and_changes_nothing()
    {
        var accepted = await fixture.Cases.PublishAsync(await fixture.Cases.FoodPermitImplementationAsync());
        var plan = await fixture.Host.PlanAsync(accepted.CaseId);
        var task = plan.TaskOf("dep-350926-scjg");
        using var scjg = fixture.Host.CreateClient("reviewer-scjg");

        var problem = await (await scjg.PostAsJsonAsync($"/api/approval/tasks/{task}/decision",
            new { decision = "extend", workingDays = 16, reason = "需现场核查" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["workingDays"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(0, await fixture.OutboxCountAsync(accepted.CaseId, "DeadlineExtended"));
        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM approval.review_timeline WHERE \"CaseId\" = $1", accepted.CaseId));

        var extended = await (await scjg.PostAsJsonAsync($"/api/approval/tasks/{task}/decision",
            new { decision = "extend", workingDays = 15, reason = "需现场核查" })).JsonAsync(HttpStatusCode.OK);
        var before = DateOnly.Parse(plan.GetProperty("departments").EnumerateArray()
            .Single(d => d.GetProperty("taskId").GetGuid() == task).GetProperty("dueDate").GetString()!);
        Assert.Equal(WorkingDayCalendar.China.AddWorkingDays(before, 15), DateOnly.Parse(extended.GetProperty("dueDate").GetString()!));
        Assert.Equal(1, await fixture.OutboxCountAsync(accepted.CaseId, "DeadlineExtended"));
    }

    [Fact]
    public async Task Actions_on_another_departments_or_tiers_task_are_404_and_change_nothing()
    {
        var accepted = await fixture.Cases.PublishAsync(await fixture.Cases.FoodPermitImplementationAsync());
        var task = (await fixture.Host.PlanAsync(accepted.CaseId)).TaskOf("dep-350926-scjg");
        using var wsjk = fixture.Host.CreateClient("reviewer-wsjk");
        using var townScjg = Reviewers.For(fixture.Host, "dep-350926-scjg", "350926100000", "ou-350926100-centre");

        await (await wsjk.DecideAsync(task, "approve")).JsonAsync(HttpStatusCode.NotFound);
        await (await townScjg.PostAsJsonAsync($"/api/approval/tasks/{task}/decision",
            new { decision = "extend", workingDays = 2, reason = "x" })).JsonAsync(HttpStatusCode.NotFound);

        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM approval.review_tasks WHERE \"Id\" = $1 AND \"Status\" = 'Pending' AND \"ExtendedWorkingDays\" = 0", task));
        Assert.Equal(0, await fixture.OutboxCountAsync(accepted.CaseId, "DepartmentDecided"));
    }

    [Fact]
    public async Task Reassignment_stays_on_the_task_and_sign_off_needs_the_chief_representative()
    {
        var accepted = await fixture.Cases.PublishAsync(await fixture.Cases.FoodPermitImplementationAsync());
        var task = (await fixture.Host.PlanAsync(accepted.CaseId)).TaskOf("dep-350926-scjg");
        using var scjg = fixture.Host.CreateClient("reviewer-scjg");

        var reassigned = await (await scjg.PostAsJsonAsync($"/api/approval/tasks/{task}/decision",
            new { decision = "reassign", assigneeSubject = "chief", assigneeName = "叶健梅" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("叶健梅", reassigned.GetProperty("assignedToName").GetString());

        var forbidden = await scjg.PostAsJsonAsync($"/api/approval/tasks/{task}/decision", new { decision = "sign-off" });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }
}
