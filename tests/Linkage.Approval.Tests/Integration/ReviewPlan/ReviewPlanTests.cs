using System.Net;
using Linkage.Kernel;

namespace Linkage.Approval.Tests.Integration;

public sealed class ReviewPlanTests(ApprovalHostFixture fixture) : IClassFixture<ApprovalHostFixture>
{
    [Fact]
    public async Task An_accepted_case_opens_one_pending_task_per_department_due_in_working_days()
    {
        var implementation = await fixture.Cases.FoodPermitImplementationAsync();
        var accepted = await fixture.Cases.PublishAsync(implementation);

        var plan = await fixture.Host.PlanAsync(accepted.CaseId);

        Assert.Equal("open", plan.GetProperty("status").GetString());
        Assert.Equal(accepted.CaseNumber, plan.GetProperty("caseNumber").GetString());
        Assert.Equal("350926********0020", plan.GetProperty("applicant").GetProperty("maskedId").GetString());
        var departments = plan.GetProperty("departments").EnumerateArray().ToList();
        Assert.Equal(implementation.Departments.Select(d => d.DepartmentId).Order(), departments.Select(d => d.GetProperty("departmentId").GetString()).Order());
        foreach (var department in implementation.Departments)
        {
            var row = departments.Single(d => d.GetProperty("departmentId").GetString() == department.DepartmentId);
            Assert.Equal("pending", row.GetProperty("status").GetString());
            var expected = WorkingDayCalendar.China.AddWorkingDays(accepted.AcceptedOn, department.LimitWorkingDays);
            Assert.Equal(expected, DateOnly.Parse(row.GetProperty("dueDate").GetString()!));
        }
        Assert.Equal(1, await fixture.OutboxCountAsync(accepted.CaseId, "ReviewOpened"));
        // each task's own deadline travels with the event, for supervision's step alarms (环节监察)
        Assert.Equal(implementation.Departments.Count, await fixture.Host.CountAsync(
            "SELECT count(*) FROM approval.outbox_messages, jsonb_array_elements(payload->'tasks') t WHERE aggregate_id = $1 " +
            "AND message_type LIKE '%.ReviewOpened%' AND (t->>'deadline')::date = ANY(SELECT \"Deadline\" FROM approval.review_tasks WHERE \"CaseId\" = $2)",
            accepted.CaseId.ToString(), accepted.CaseId));
    }

    [Fact]
    public async Task The_same_acceptance_arriving_again_opens_no_second_plan()
    {
        var implementation = await fixture.Cases.FoodPermitImplementationAsync();
        var accepted = await fixture.Cases.PublishAsync(implementation);
        await fixture.Host.PlanAsync(accepted.CaseId);

        var again = Guid.NewGuid();
        await fixture.Cases.RepublishAsync(accepted, again);
        await fixture.Host.Eventually(async () =>
            await fixture.CountAsync("SELECT count(*) FROM approval.inbox_messages WHERE message_id = $1", again) == 1);

        Assert.Equal(implementation.Departments.Count,
            await fixture.CountAsync("SELECT count(*) FROM approval.review_tasks WHERE \"CaseId\" = $1", accepted.CaseId));
        Assert.Equal(1, await fixture.OutboxCountAsync(accepted.CaseId, "ReviewOpened"));
    }

    [Fact]
    public async Task A_reviewer_sees_only_the_pending_tasks_of_their_own_department()
    {
        var accepted = await fixture.Cases.PublishAsync(await fixture.Cases.FoodPermitImplementationAsync());
        await fixture.Host.PlanAsync(accepted.CaseId);
        using var scjg = fixture.Host.CreateClient("reviewer-scjg");

        var tasks = (await scjg.GetJsonAsync("/api/approval/tasks?status=pending")).Items();

        var mine = Assert.Single(tasks.TasksOfCase(accepted.CaseId));
        Assert.Equal("dep-350926-scjg", mine.GetProperty("departmentId").GetString());
        Assert.All(tasks.EnumerateArray(), t => Assert.Equal("dep-350926-scjg", t.GetProperty("departmentId").GetString()));
        Assert.All(tasks.EnumerateArray(), t => Assert.Equal("pending", t.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Another_department_or_tier_cannot_see_or_decide_the_task()
    {
        var accepted = await fixture.Cases.PublishAsync(await fixture.Cases.FoodPermitImplementationAsync());
        var plan = await fixture.Host.PlanAsync(accepted.CaseId);
        var scjgTask = plan.TaskOf("dep-350926-scjg");
        using var wsjk = fixture.Host.CreateClient("reviewer-wsjk");
        using var townScjg = Reviewers.For(fixture.Host, "dep-350926-scjg", "350926100000", "ou-350926100-centre");
        using var otherCounty = Reviewers.For(fixture.Host, "dep-350926-scjg", "350981000000", "ou-350981-centre");

        Assert.Equal(HttpStatusCode.NotFound, (await wsjk.DecideAsync(scjgTask, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await townScjg.DecideAsync(scjgTask, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCounty.DecideAsync(scjgTask, "approve")).StatusCode);
        Assert.Empty(((await townScjg.GetJsonAsync("/api/approval/tasks")).Items()).TasksOfCase(accepted.CaseId));
        Assert.Empty(((await otherCounty.GetJsonAsync("/api/approval/tasks")).Items()).TasksOfCase(accepted.CaseId));
        Assert.Equal("pending", (await fixture.Host.PlanAsync(accepted.CaseId)).GetProperty("departments")
            .EnumerateArray().Single(d => d.GetProperty("taskId").GetGuid() == scjgTask).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("other-county-clerk")]
    [InlineData("resident")]
    [InlineData("town-clerk")]
    public async Task The_plan_is_404_outside_the_handling_subtree(string demoUser)
    {
        var accepted = await fixture.Cases.PublishAsync(await fixture.Cases.FoodPermitImplementationAsync());
        await fixture.Host.PlanAsync(accepted.CaseId);
        using var client = fixture.Host.CreateClient(demoUser);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/approval/cases/{accepted.CaseId}")).StatusCode);
    }

    [Theory]
    [InlineData("reviewer-scjg", HttpStatusCode.OK)]         // their department has a task on the case
    [InlineData("chief", HttpStatusCode.OK)]
    [InlineData("supervisor-county", HttpStatusCode.OK)]
    [InlineData("agent", HttpStatusCode.OK)]                 // the village station that took it in
    [InlineData("reviewer-gaj", HttpStatusCode.NotFound)]    // same county, no task
    [InlineData("supervisor-city", HttpStatusCode.OK)]
    public async Task The_plan_and_timeline_are_read_by_the_reviewing_departments_and_the_handling_subtree_only(
        string demoUser, HttpStatusCode expected)
    {
        var accepted = await fixture.Cases.PublishAsync(await fixture.Cases.FoodPermitImplementationAsync());
        Assert.DoesNotContain("dep-350926-gaj", (await fixture.Host.PlanAsync(accepted.CaseId)).GetProperty("departments")
            .EnumerateArray().Select(d => d.GetProperty("departmentId").GetString()));
        using var client = fixture.Host.CreateClient(demoUser);

        Assert.Equal(expected, (await client.GetAsync($"/api/approval/cases/{accepted.CaseId}")).StatusCode);
        Assert.Equal(expected, (await client.GetAsync($"/api/approval/cases/{accepted.CaseId}/timeline")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_status_filter_is_422_naming_status()
    {
        using var scjg = fixture.Host.CreateClient("reviewer-scjg");

        var problem = await (await scjg.GetAsync("/api/approval/tasks?status=lost")).JsonAsync(HttpStatusCode.UnprocessableEntity);

        Assert.True(problem.GetProperty("errors").TryGetProperty("status", out _));
    }
}
