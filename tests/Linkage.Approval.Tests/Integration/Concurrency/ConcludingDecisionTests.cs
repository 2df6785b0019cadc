using System.Net;
using System.Net.Http.Json;
using Linkage.Contracts.Catalog.V1;

namespace Linkage.Approval.Tests.Integration;

/// <summary>The decision that may be the last sends its last-to-decide question ahead of its plan read, in one round
/// trip, and concludes from that read in its one save (decision 0748): every department's decision sends four commands,
/// the concluding one's too (it sent seven before: a save, the question and the plan again besides), and of decisions
/// sent at once exactly one concludes the case. A physical connection's opening (CONNECT) is the pool's, not counted.</summary>
public sealed class ConcludingDecisionTests(ApprovalHostFixture fixture) : IClassFixture<ApprovalHostFixture>
{
    private const int Rounds = 8;

    [Fact]
    public async Task Departments_deciding_at_once_conclude_the_case_exactly_once_each_decision_in_the_same_round_trips()
    {
        var implementation = await fixture.Cases.FoodPermitImplementationAsync();
        var departments = implementation.Departments.Select(d => d.DepartmentId).ToList();
        var clients = departments.ToDictionary(d => d, d => Reviewers.For(fixture.Host, d));
        await DecideAllAtOnceAsync(implementation, departments, clients); // the per-process reads (window powers) come first
        using var roundTrips = new RoundTrips();

        for (var round = 0; round < Rounds; round++)
        {
            var (caseId, commands) = await DecideAllAtOnceAsync(implementation, departments, clients, roundTrips);

            Assert.Equal(1, await fixture.OutboxCountAsync(caseId, "CaseApproved"));
            Assert.Equal(departments.Count, await fixture.OutboxCountAsync(caseId, "DepartmentDecided"));
            Assert.Equal(1, await fixture.CountAsync(
                "SELECT count(*) FROM approval.review_timeline WHERE \"CaseId\" = $1 AND \"Kind\" = 'case-approved'", caseId));
            Assert.Equal(1, await fixture.CountAsync(
                "SELECT count(*) FROM approval.review_cases WHERE \"Id\" = $1 AND \"Status\" = 'Approved' AND \"ConcludedAt\" IS NOT NULL", caseId));
            var sent = commands.Select(c => c.Where(t => !t.StartsWith("CONNECT", StringComparison.Ordinal)).ToList()).ToList();
            Assert.All(sent, c => Assert.Equal(4, c.Count)); // the scope read, the locks with the check, the plan, one save
            var concluding = Assert.Single(sent, c => c.Any(t => t.Contains("UPDATE approval.review_cases", StringComparison.Ordinal)));
            Assert.Contains(concluding, t => t.Contains("FOR SHARE) earlier", StringComparison.Ordinal)
                && t.Contains("LEFT JOIN approval.review_tasks", StringComparison.Ordinal)); // the question ahead of the plan read
        }
        foreach (var client in clients.Values) client.Dispose();
    }

    /// <summary>One case, its departments' approvals sent at once; answers the case and each decision's commands.</summary>
    private async Task<(Guid CaseId, IReadOnlyList<string>[] Commands)> DecideAllAtOnceAsync(Implementation implementation,
        List<string> departments, Dictionary<string, HttpClient> clients, RoundTrips? roundTrips = null)
    {
        var accepted = await fixture.Cases.PublishAsync(implementation);
        var plan = await fixture.Host.PlanAsync(accepted.CaseId);
        var commands = new IReadOnlyList<string>[departments.Count];
        var statuses = await AtOnce.SendAsync(departments.Select((d, i) => (Func<Task<HttpResponseMessage>>)(async () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/approval/tasks/{plan.TaskOf(d)}/decision")
            {
                Content = JsonContent.Create(new { decision = "approve" }),
            };
            if (roundTrips is null) return await clients[d].SendAsync(request);
            var (response, sent) = await roundTrips.OfAsync(clients[d], request);
            commands[i] = sent;
            return response;
        })));
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        return (accepted.CaseId, commands);
    }
}
