using System.Net;
using Npgsql;

namespace Linkage.Approval.Tests.Integration;

/// <summary>Who concludes a case (decision 0684): a decision that leaves a department pending that nobody is deciding
/// holds that department's task until it commits and takes no case lock; the decisions that may be last take the case
/// row in turn (0650). Either way the case is concluded exactly once, by the last of them. Run in the case's turns in
/// the host (0755) and with them off, where the decisions meet on the row locks alone, as in a split deployment's
/// processes.</summary>
public abstract class LastDecisionTests(ApprovalHostFixture fixture)
{
    private const int Rounds = 12;

    [Fact]
    public async Task A_decision_with_an_undecided_department_left_does_not_wait_for_the_case_row()
    {
        var (departments, clients) = await ReviewersAsync();
        var accepted = await fixture.Cases.PublishAsync(await fixture.Cases.FoodPermitImplementationAsync());
        var plan = await fixture.Host.PlanAsync(accepted.CaseId);

        await using var holder = new NpgsqlConnection(fixture.Host.ConnectionString);
        await holder.OpenAsync();
        await using var held = await holder.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand("SELECT FROM approval.review_cases WHERE \"Id\" = $1 FOR NO KEY UPDATE", holder, held))
        {
            take.Parameters.Add(new NpgsqlParameter { Value = accepted.CaseId });
            await take.ExecuteNonQueryAsync(); // as another decision at its end holds it
        }

        var decided = clients[departments[0]].DecideAsync(plan.TaskOf(departments[0]), "approve");
        using var stop = new CancellationTokenSource();
        var waited = WaitingOnALockAsync(stop.Token);
        var first = await Task.WhenAny(decided, waited);
        await stop.CancelAsync();
        await held.RollbackAsync();
        await waited;

        Assert.Same(decided, first);
        using var response = await decided;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await fixture.OutboxCountAsync(accepted.CaseId, "CaseApproved"));
        Dispose(clients);
    }

    [Fact]
    public async Task The_last_two_departments_deciding_at_once_conclude_the_case_exactly_once()
    {
        var (departments, clients) = await ReviewersAsync();
        var implementation = await fixture.Cases.FoodPermitImplementationAsync();
        for (var round = 0; round < Rounds; round++)
        {
            var accepted = await fixture.Cases.PublishAsync(implementation);
            var plan = await fixture.Host.PlanAsync(accepted.CaseId);
            var alone = departments[round % departments.Count];

            using (var first = await clients[alone].DecideAsync(plan.TaskOf(alone), "approve"))
                Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            var statuses = await AtOnce.SendAsync(departments.Where(d => d != alone).Select(d => (Func<Task<HttpResponseMessage>>)(() =>
                clients[d].DecideAsync(plan.TaskOf(d), "approve"))));

            Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
            await AssertApprovedOnceAsync(accepted.CaseId);
        }
        Dispose(clients);
    }

    [Fact]
    public async Task Two_departments_at_once_leave_the_case_open_and_the_third_concludes_it_exactly_once()
    {
        var (departments, clients) = await ReviewersAsync();
        var implementation = await fixture.Cases.FoodPermitImplementationAsync();
        for (var round = 0; round < Rounds; round++)
        {
            var accepted = await fixture.Cases.PublishAsync(implementation);
            var plan = await fixture.Host.PlanAsync(accepted.CaseId);
            var last = departments[round % departments.Count];

            var statuses = await AtOnce.SendAsync(departments.Where(d => d != last).Select(d => (Func<Task<HttpResponseMessage>>)(() =>
                clients[d].DecideAsync(plan.TaskOf(d), "approve"))));
            Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
            Assert.Equal(0, await fixture.OutboxCountAsync(accepted.CaseId, "CaseApproved"));

            using (var final = await clients[last].DecideAsync(plan.TaskOf(last), "approve"))
                Assert.Equal(HttpStatusCode.OK, final.StatusCode);
            await AssertApprovedOnceAsync(accepted.CaseId);
        }
        Dispose(clients);
    }

    private async Task AssertApprovedOnceAsync(Guid caseId)
    {
        Assert.Equal(1, await fixture.OutboxCountAsync(caseId, "CaseApproved"));
        Assert.Equal(1, await fixture.CountAsync(
            "SELECT count(*) FROM approval.review_timeline WHERE \"CaseId\" = $1 AND \"Kind\" = 'case-approved'", caseId));
        Assert.Equal(1, await fixture.CountAsync(
            "SELECT count(*) FROM approval.review_cases WHERE \"Id\" = $1 AND \"Status\" = 'Approved' AND \"ConcludedAt\" IS NOT NULL", caseId));
    }

    /// <summary>Completes when a backend of the test's database waits on a lock (the decision, queued behind the held row).</summary>
    private async Task WaitingOnALockAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            if (await fixture.CountAsync("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'") > 0)
                return;
            await Task.Delay(20, CancellationToken.None);
        }
    }

    private async Task<(List<string> Departments, Dictionary<string, HttpClient> Clients)> ReviewersAsync()
    {
        var departments = (await fixture.Cases.FoodPermitImplementationAsync()).Departments.Select(d => d.DepartmentId).ToList();
        return (departments, departments.ToDictionary(d => d, d => Reviewers.For(fixture.Host, d)));
    }

    private static void Dispose(Dictionary<string, HttpClient> clients)
    {
        foreach (var client in clients.Values) client.Dispose();
    }
}

public sealed class LastDecisionInTurnsTests(ApprovalHostFixture fixture)
    : LastDecisionTests(fixture), IClassFixture<ApprovalHostFixture>;

public sealed class LastDecisionWithoutTurnsTests(ApprovalHostWithoutTurnsFixture fixture)
    : LastDecisionTests(fixture), IClassFixture<ApprovalHostWithoutTurnsFixture>;
