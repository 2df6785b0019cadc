using System.Net;
using Linkage.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Approval.Tests.Integration;

/// <summary>A case's departments decide side by side (decision 0650): each writes its own task under a shared case
/// lock and takes the case row only at its end. Round after round, every department of a case decides at the same
/// moment; the last of them, whichever it is, concludes the case exactly once: in the case's turns in the host (0755),
/// and with the turns off, where the decisions meet on the row locks, as in the processes of a split deployment.</summary>
public abstract class SideBySideDecisionTests(ApprovalHostFixture fixture)
{
    private const int Rounds = 12;

    [Fact]
    public async Task Every_department_approving_at_once_approves_the_case_exactly_once()
    {
        var implementation = await fixture.Cases.FoodPermitImplementationAsync();
        var departments = implementation.Departments.Select(d => d.DepartmentId).ToList();
        Assert.True(departments.Count >= 3, "the food permit is reviewed by three departments");
        var clients = departments.ToDictionary(d => d, d => Reviewers.For(fixture.Host, d));
        Assert.Equal(fixture.CaseTurns, fixture.Host.Services.GetRequiredService<CaseTurns>().Enabled);

        for (var round = 0; round < Rounds; round++)
        {
            var accepted = await fixture.Cases.PublishAsync(implementation);
            var plan = await fixture.Host.PlanAsync(accepted.CaseId);

            var statuses = await AtOnce.SendAsync(departments.Select(d => (Func<Task<HttpResponseMessage>>)(() =>
                clients[d].DecideAsync(plan.TaskOf(d), "approve"))));

            Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
            Assert.Equal(departments.Count, await fixture.OutboxCountAsync(accepted.CaseId, "DepartmentDecided"));
            Assert.Equal(1, await fixture.OutboxCountAsync(accepted.CaseId, "CaseApproved"));
            Assert.Equal(0, await fixture.OutboxCountAsync(accepted.CaseId, "CaseRejected"));
            Assert.Equal(1, await ConclusionsAsync(accepted.CaseId, "case-approved"));
            Assert.Equal(1, await fixture.CountAsync(
                "SELECT count(*) FROM approval.review_cases WHERE \"Id\" = $1 AND \"Status\" = 'Approved' AND \"ConcludedAt\" IS NOT NULL", accepted.CaseId));
        }
        foreach (var client in clients.Values) client.Dispose();
    }

    [Fact]
    public async Task A_rejection_racing_the_approvals_rejects_the_case_exactly_once_with_its_reason()
    {
        var implementation = await fixture.Cases.FoodPermitImplementationAsync();
        var departments = implementation.Departments.Select(d => d.DepartmentId).ToList();
        var clients = departments.ToDictionary(d => d, d => Reviewers.For(fixture.Host, d));

        for (var round = 0; round < Rounds; round++)
        {
            var accepted = await fixture.Cases.PublishAsync(implementation);
            var plan = await fixture.Host.PlanAsync(accepted.CaseId);
            var rejecting = departments[round % departments.Count];

            var statuses = await AtOnce.SendAsync(departments.Select(d => (Func<Task<HttpResponseMessage>>)(() => d == rejecting
                ? clients[d].DecideAsync(plan.TaskOf(d), "reject", "经营场所不符合要求", "《食品经营许可管理办法》第十一条")
                : clients[d].DecideAsync(plan.TaskOf(d), "approve"))));

            Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
            Assert.Equal(1, await fixture.OutboxCountAsync(accepted.CaseId, "CaseRejected"));
            Assert.Equal(0, await fixture.OutboxCountAsync(accepted.CaseId, "CaseApproved"));
            Assert.Equal(1, await ConclusionsAsync(accepted.CaseId, "case-rejected"));
            Assert.Equal(1, await fixture.CountAsync(
                """
                SELECT count(*) FROM approval.outbox_messages WHERE aggregate_id = $1 AND message_type LIKE '%CaseRejected%'
                   AND payload::text LIKE $2 AND payload::text LIKE '%经营场所不符合要求%'
                """, accepted.CaseId.ToString(), $"%\"{rejecting}\"%"));
        }
        foreach (var client in clients.Values) client.Dispose();
    }

    private Task<long> ConclusionsAsync(Guid caseId, string kind) => fixture.CountAsync(
        "SELECT count(*) FROM approval.review_timeline WHERE \"CaseId\" = $1 AND \"Kind\" = $2", caseId, kind);
}

public sealed class SideBySideDecisionInTurnsTests(ApprovalHostFixture fixture)
    : SideBySideDecisionTests(fixture), IClassFixture<ApprovalHostFixture>;

public sealed class SideBySideDecisionWithoutTurnsTests(ApprovalHostWithoutTurnsFixture fixture)
    : SideBySideDecisionTests(fixture), IClassFixture<ApprovalHostWithoutTurnsFixture>;
