using System.Net;
using System.Text.Json;
using Linkage.Kernel;

namespace Linkage.Approval.Tests.Integration;

public sealed class DecisionTests(ApprovalHostFixture fixture) : IClassFixture<ApprovalHostFixture>
{
    [Fact]
    public async Task All_three_departments_approving_gives_one_CaseApproved_and_one_certificate()
    {
        var accepted = await fixture.Cases.PublishAsync(await fixture.Cases.FoodPermitImplementationAsync());
        var plan = await fixture.Host.PlanAsync(accepted.CaseId);
        using var scjg = fixture.Host.CreateClient("reviewer-scjg");
        using var wsjk = fixture.Host.CreateClient("reviewer-wsjk");
        using var xfjy = fixture.Host.CreateClient("reviewer-xfjy");
        using var clerk = fixture.Host.CreateClient("clerk");

        await (await scjg.DecideAsync(plan.TaskOf("dep-350926-scjg"), "approve")).JsonAsync(HttpStatusCode.OK);
        await (await xfjy.DecideAsync(plan.TaskOf("dep-350926-xfjy"), "approve", legalBasis: "《消防法》第十五条")).JsonAsync(HttpStatusCode.OK);
        var last = await (await wsjk.DecideAsync(plan.TaskOf("dep-350926-wsjk"), "approve", legalBasis: "《食品安全法》第三十五条")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("approved", last.GetProperty("caseStatus").GetString());
        var certificate = await fixture.Host.Eventually(async () =>
        {
            var list = (await clerk.GetJsonAsync($"/api/certificates?caseId={accepted.CaseId}")).Items();
            return list.GetArrayLength() > 0 ? (JsonElement?)list : null;
        }, TimeSpan.FromSeconds(20));
        var issued = Assert.Single(certificate!.Value.EnumerateArray());
        Assert.True(LicenceIdentifier.TryParse(issued.GetProperty("identifier").GetString(), out _, out var error), error);
        Assert.Equal(1, await fixture.OutboxCountAsync(accepted.CaseId, "CaseApproved"));
        Assert.Equal(0, await fixture.OutboxCountAsync(accepted.CaseId, "CaseRejected"));
        Assert.Equal(3, await fixture.OutboxCountAsync(accepted.CaseId, "DepartmentDecided"));
        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM certificates.certificates WHERE \"CaseId\" = $1", accepted.CaseId));
    }

    [Fact]
    public async Task A_second_decision_on_a_closed_task_is_409()
    {
        var accepted = await fixture.Cases.PublishAsync(await fixture.Cases.FoodPermitImplementationAsync());
        var task = (await fixture.Host.PlanAsync(accepted.CaseId)).TaskOf("dep-350926-scjg");
        using var scjg = fixture.Host.CreateClient("reviewer-scjg");
        using var chief = fixture.Host.CreateClient("chief");

        await (await scjg.DecideAsync(task, "approve")).JsonAsync(HttpStatusCode.OK);
        var problem = await (await chief.DecideAsync(task, "reject", "场所不符")).JsonAsync(HttpStatusCode.Conflict);

        Assert.Equal(409, problem.GetProperty("status").GetInt32());
        var row = (await fixture.Host.PlanAsync(accepted.CaseId)).GetProperty("departments").EnumerateArray()
            .Single(d => d.GetProperty("taskId").GetGuid() == task);
        Assert.Equal("approved", row.GetProperty("status").GetString());
        Assert.Equal(1, await fixture.OutboxCountAsync(accepted.CaseId, "DepartmentDecided"));
    }

    [Fact]
    public async Task A_rejection_without_reason_is_422_naming_reason_and_writes_nothing()
    {
        var accepted = await fixture.Cases.PublishAsync(await fixture.Cases.FoodPermitImplementationAsync());
        var task = (await fixture.Host.PlanAsync(accepted.CaseId)).TaskOf("dep-350926-scjg");
        using var scjg = fixture.Host.CreateClient("reviewer-scjg");

        var problem = await (await scjg.DecideAsync(task, "reject", reason: " ")).JsonAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(["reason"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(0, await fixture.OutboxCountAsync(accepted.CaseId, "DepartmentDecided"));
        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM approval.review_tasks WHERE \"Id\" = $1 AND \"Status\" = 'Pending'", task));
    }

    [Fact]
    public async Task A_rejection_concludes_when_the_last_department_decides_with_every_reason()
    {
        var accepted = await fixture.Cases.PublishAsync(await fixture.Cases.FoodPermitImplementationAsync());
        var plan = await fixture.Host.PlanAsync(accepted.CaseId);
        using var scjg = fixture.Host.CreateClient("reviewer-scjg");
        using var wsjk = fixture.Host.CreateClient("reviewer-wsjk");
        using var xfjy = fixture.Host.CreateClient("reviewer-xfjy");

        var first = await (await scjg.DecideAsync(plan.TaskOf("dep-350926-scjg"), "reject", "经营场所面积不足", "《食品经营许可管理办法》第十一条")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("open", first.GetProperty("caseStatus").GetString());
        Assert.Equal(0, await fixture.OutboxCountAsync(accepted.CaseId, "CaseRejected"));
        await (await xfjy.DecideAsync(plan.TaskOf("dep-350926-xfjy"), "approve")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, await fixture.OutboxCountAsync(accepted.CaseId, "CaseRejected"));
        var last = await (await wsjk.DecideAsync(plan.TaskOf("dep-350926-wsjk"), "approve")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("rejected", last.GetProperty("caseStatus").GetString());
        Assert.Equal(1, await fixture.OutboxCountAsync(accepted.CaseId, "CaseRejected"));
        Assert.Equal(0, await fixture.OutboxCountAsync(accepted.CaseId, "CaseApproved"));
        Assert.Equal(1, await fixture.CountAsync(
            "SELECT count(*) FROM approval.outbox_messages WHERE aggregate_id = $1 AND payload::text LIKE '%经营场所面积不足%'", accepted.CaseId.ToString()));
    }
}
