using System.Net;
using System.Net.Http.Json;
using Linkage.Contracts.Catalog.V1;
using Xunit.Abstractions;

namespace Linkage.Approval.Tests.Integration;

/// <summary>The round trips of the departments' decisions sent at once, counted by their commands (Npgsql's command
/// activities; COMMIT is a round trip too but no command): a decision with a later task pending sends four (the scope
/// read, the locks with the later-task check, the plan, one save); one that asks whether it is the last and is not, six
/// (its save, the question, the save of its audit entry); the concluding one seven (the plan read again and the save of
/// the conclusion with its audit entry), or four when its first plan read found every other department decided.
/// Exactly one concludes. Each round's counts are written to the test's output. A physical connection's opening (CONNECT) is the pool's,
/// not counted. The counts of performance.md's "Round trips and deliveries per case" section.</summary>
public sealed class ConcludingDecisionTests(ApprovalHostFixture fixture, ITestOutputHelper output) : IClassFixture<ApprovalHostFixture>
{
    private const int Rounds = 6;

    [Fact]
    public async Task Departments_deciding_at_once_conclude_the_case_once_and_each_decision_sends_four_six_or_seven_commands()
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
            Assert.Equal(1, await fixture.CountAsync(
                "SELECT count(*) FROM approval.review_cases WHERE \"Id\" = $1 AND \"Status\" = 'Approved' AND \"ConcludedAt\" IS NOT NULL", caseId));
            var sent = commands.Select(c => c.Where(t => !t.StartsWith("CONNECT", StringComparison.Ordinal)).ToList()).ToList();
            var concluding = Assert.Single(sent, c => c.Any(t => t.Contains("UPDATE approval.review_cases", StringComparison.Ordinal)));
            Assert.Contains(concluding.Count, new[] { 4, 7 });
            if (concluding.Count == 7)
            {
                Assert.Single(concluding, t => t.Contains("FOR SHARE) earlier", StringComparison.Ordinal)); // the question, alone
                Assert.Equal(2, concluding.Count(t => t.Contains("LEFT JOIN approval.review_tasks", StringComparison.Ordinal))); // the plan, twice
            }
            Assert.All(sent.Where(c => c != concluding), c => Assert.Contains(c.Count, new[] { 4, 6 }));
            output.WriteLine($"round {round}: commands per decision {string.Join(", ", sent.Select(c => c.Count))}, concluding {concluding.Count}");
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
