using System.Net;

namespace Linkage.Approval.Tests.Integration;

/// <summary>Decisions racing on one case, several cases at once: run in the case's turns in the host (0755) and with
/// them off, where the decisions meet on the row locks alone, as in a split deployment's processes.</summary>
public abstract class ConcurrencyTests(ApprovalHostFixture fixture)
{
    private const int CasesAtOnce = 4;
    private const int ReviewersPerDepartment = 3;

    /// <summary>Every department's reviewers fire their decisions at once, on several cases at once: one decision
    /// per department wins (the rest are 409) and each case joins exactly once.</summary>
    [Fact]
    public async Task Simultaneous_decisions_on_one_case_join_exactly_once()
    {
        var implementation = await fixture.Cases.FoodPermitImplementationAsync();
        var departments = implementation.Departments.Select(d => d.DepartmentId).ToList();
        Assert.True(departments.Count >= 2, "the food permit is reviewed by several departments");
        var cases = await Task.WhenAll(Enumerable.Range(0, CasesAtOnce).Select(_ => fixture.Cases.PublishAsync(implementation)));
        var plans = await Task.WhenAll(cases.Select(c => fixture.Host.PlanAsync(c.CaseId)));
        var clients = departments.ToDictionary(d => d,
            d => Enumerable.Range(0, ReviewersPerDepartment).Select(_ => Reviewers.For(fixture.Host, d)).ToList());

        var decisions = plans.SelectMany(plan => departments.SelectMany(d => clients[d].Select(async client =>
            (await client.DecideAsync(plan.TaskOf(d), "approve")).StatusCode)));
        var statuses = await Task.WhenAll(decisions);

        Assert.Equal(CasesAtOnce * departments.Count, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(CasesAtOnce * departments.Count * (ReviewersPerDepartment - 1), statuses.Count(s => s == HttpStatusCode.Conflict));
        foreach (var c in cases)
        {
            Assert.Equal(1, await fixture.OutboxCountAsync(c.CaseId, "CaseApproved"));
            Assert.Equal(departments.Count, await fixture.OutboxCountAsync(c.CaseId, "DepartmentDecided"));
        }
        foreach (var client in clients.Values.SelectMany(c => c)) client.Dispose();
    }

    /// <summary>Approvals and rejections race on one case: whichever wins each task, the case has exactly one outcome.</summary>
    [Fact]
    public async Task Racing_approvals_and_rejections_give_exactly_one_outcome_event()
    {
        var implementation = await fixture.Cases.FoodPermitImplementationAsync();
        var accepted = await fixture.Cases.PublishAsync(implementation);
        var plan = await fixture.Host.PlanAsync(accepted.CaseId);
        var clients = implementation.Departments.SelectMany(d => Enumerable.Range(0, 4)
            .Select(i => (Department: d.DepartmentId, Reject: i % 2 == 1, Client: Reviewers.For(fixture.Host, d.DepartmentId)))).ToList();

        var statuses = await Task.WhenAll(clients.Select(async c =>
            (await c.Client.DecideAsync(plan.TaskOf(c.Department), c.Reject ? "reject" : "approve", c.Reject ? "不符合条件" : null)).StatusCode));

        Assert.Equal(implementation.Departments.Count, statuses.Count(s => s == HttpStatusCode.OK));
        var outcomes = await fixture.OutboxCountAsync(accepted.CaseId, "CaseApproved") + await fixture.OutboxCountAsync(accepted.CaseId, "CaseRejected");
        Assert.Equal(1, outcomes);
        foreach (var c in clients) c.Client.Dispose();
    }
}

public sealed class ConcurrencyInTurnsTests(ApprovalHostFixture fixture)
    : ConcurrencyTests(fixture), IClassFixture<ApprovalHostFixture>;

public sealed class ConcurrencyWithoutTurnsTests(ApprovalHostWithoutTurnsFixture fixture)
    : ConcurrencyTests(fixture), IClassFixture<ApprovalHostWithoutTurnsFixture>;
