using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Linkage.Approval.Tests.Integration;

public sealed class SignOffTests(RulesHostFixture fixture) : IClassFixture<RulesHostFixture>
{
    [Fact]
    public async Task Two_of_three_approving_waits_for_the_chief_representatives_sign_off_then_issues()
    {
        var accepted = await fixture.Cases.PublishAsync(await fixture.Cases.FoodPermitImplementationAsync());
        var plan = await fixture.Host.PlanAsync(accepted.CaseId);
        using var scjg = fixture.Host.CreateClient("reviewer-scjg");
        using var wsjk = fixture.Host.CreateClient("reviewer-wsjk");
        using var xfjy = fixture.Host.CreateClient("reviewer-xfjy");
        using var chief = fixture.Host.CreateClient("chief");
        var signOffTask = plan.TaskOf("dep-350926-scjg");

        await (await scjg.DecideAsync(signOffTask, "approve")).JsonAsync(HttpStatusCode.OK);
        var open = await (await wsjk.DecideAsync(plan.TaskOf("dep-350926-wsjk"), "reject", "卫生条件待改进")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("open", open.GetProperty("caseStatus").GetString());   // the join waits for every department
        var joined = await (await xfjy.DecideAsync(plan.TaskOf("dep-350926-xfjy"), "approve")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("awaiting-sign-off", joined.GetProperty("caseStatus").GetString());
        Assert.Equal(0, await CountAsync(accepted.CaseId, "CaseApproved"));
        Assert.Equal(1, await CountAsync(accepted.CaseId, "SignOffAwaited")); // supervision's sign-off step starts (0631)
        await (await wsjk.PostAsJsonAsync($"/api/approval/tasks/{plan.TaskOf("dep-350926-wsjk")}/decision", new { decision = "sign-off" }))
            .JsonAsync(HttpStatusCode.Forbidden);

        var signed = await (await chief.PostAsJsonAsync($"/api/approval/tasks/{signOffTask}/decision",
            new { decision = "sign-off", reason = "同意" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("approved", signed.GetProperty("caseStatus").GetString());
        await (await chief.PostAsJsonAsync($"/api/approval/tasks/{signOffTask}/decision", new { decision = "sign-off" })).JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, await CountAsync(accepted.CaseId, "CaseApproved"));

        using var clerk = fixture.Host.CreateClient("clerk");
        var issued = await fixture.Host.Eventually(async () =>
        {
            var list = (await clerk.GetJsonAsync($"/api/certificates?caseId={accepted.CaseId}")).Items();
            return list.GetArrayLength() > 0 ? (JsonElement?)list : null;
        }, TimeSpan.FromSeconds(20));
        Assert.Single(issued!.Value.EnumerateArray());
    }

    private Task<long> CountAsync(Guid caseId, string eventName) => fixture.Host.OutboxCountAsync(caseId, eventName);
}
