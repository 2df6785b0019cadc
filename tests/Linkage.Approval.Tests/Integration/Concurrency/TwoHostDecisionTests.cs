using System.Net;
using Linkage.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Approval.Tests.Integration;

/// <summary>Two hosts on one database and one broker, as two processes of a split deployment (or two replicas): each
/// takes turns only with its own deliveries (decision 0769), so a case's departments deciding at once through both meet
/// on the row locks, and 0709's question under them still lets exactly one of them conclude the case.</summary>
public sealed class TwoHostDecisionTests(ApprovalHostFixture fixture) : IClassFixture<ApprovalHostFixture>
{
    private const int Rounds = 8;

    [Fact]
    public async Task Departments_deciding_at_once_through_two_hosts_conclude_the_case_exactly_once()
    {
        await using var other = await fixture.Host.BesideAsync();
        Assert.NotSame(fixture.Host.Services.GetRequiredService<CaseTurns>(), other.Services.GetRequiredService<CaseTurns>());
        var implementation = await fixture.Cases.FoodPermitImplementationAsync();
        var departments = implementation.Departments.Select(d => d.DepartmentId).ToList();
        var clients = departments.Select((d, i) => (Department: d, Client: Reviewers.For(i % 2 == 0 ? fixture.Host : other, d))).ToList();

        for (var round = 0; round < Rounds; round++)
        {
            var accepted = await fixture.Cases.PublishAsync(implementation);
            var plan = await fixture.Host.PlanAsync(accepted.CaseId);
            var rejecting = round % 2 == 0 ? null : departments[round % departments.Count];

            var statuses = await AtOnce.SendAsync(clients.Select(c => (Func<Task<HttpResponseMessage>>)(() => c.Department == rejecting
                ? c.Client.DecideAsync(plan.TaskOf(c.Department), "reject", "经营场所不符合要求", "《食品经营许可管理办法》第十一条")
                : c.Client.DecideAsync(plan.TaskOf(c.Department), "approve"))));

            Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
            var (concluded, notConcluded) = rejecting is null ? ("CaseApproved", "CaseRejected") : ("CaseRejected", "CaseApproved");
            Assert.Equal(departments.Count, await fixture.OutboxCountAsync(accepted.CaseId, "DepartmentDecided"));
            Assert.Equal(1, await fixture.OutboxCountAsync(accepted.CaseId, concluded));
            Assert.Equal(0, await fixture.OutboxCountAsync(accepted.CaseId, notConcluded));
            Assert.Equal(1, await fixture.CountAsync(
                "SELECT count(*) FROM approval.review_timeline WHERE \"CaseId\" = $1 AND \"Kind\" IN ('case-approved', 'case-rejected')", accepted.CaseId));
            Assert.Equal(1, await fixture.CountAsync(
                "SELECT count(*) FROM approval.review_cases WHERE \"Id\" = $1 AND \"ConcludedAt\" IS NOT NULL", accepted.CaseId));
        }
        foreach (var (_, client) in clients) client.Dispose();
    }
}
