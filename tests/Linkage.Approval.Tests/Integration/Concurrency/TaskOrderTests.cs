using System.Net;
using Npgsql;

namespace Linkage.Approval.Tests.Integration;

/// <summary>Who is last without the case row (decision 0709): a decision whose task has a later id still pending is
/// not the last and waits for nobody; one with none after it waits for the decisions of the tasks before it to commit
/// and reads them again. A task held here as a decision in flight is the test's own transaction on its row.</summary>
public sealed class TaskOrderTests(ApprovalHostFixture fixture) : IClassFixture<ApprovalHostFixture>
{
    [Fact]
    public async Task The_decision_of_the_later_task_waits_for_the_earlier_one_in_flight_and_concludes_once_it_commits()
    {
        var (clients, tasks, caseId) = await TwoLeftAsync();
        var (earlier, later) = (tasks[0], tasks[1]);
        await using var inFlight = await DecidingAsync(caseId, earlier.Task);

        var deciding = clients[later.Department].DecideAsync(later.Task, "approve");
        await fixture.Host.Eventually(async () => await fixture.CountAsync(
            $"SELECT count(*) FROM pg_stat_activity WHERE {inFlight.Pid} = ANY(pg_blocking_pids(pid))") > 0);
        Assert.False(deciding.IsCompleted, "the later task's decision waits for the earlier one's commit");

        await inFlight.Transaction.CommitAsync();
        using (var response = await deciding) Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await fixture.OutboxCountAsync(caseId, "CaseApproved"));
        Assert.Equal(1, await fixture.CountAsync(
            "SELECT count(*) FROM approval.review_cases WHERE \"Id\" = $1 AND \"Status\" = 'Approved'", caseId));
        Dispose(clients);
    }

    [Fact]
    public async Task The_decision_of_the_earlier_task_does_not_wait_for_the_later_one_and_a_later_one_rolled_back_is_decided_last()
    {
        var (clients, tasks, caseId) = await TwoLeftAsync();
        var (earlier, later) = (tasks[0], tasks[1]);
        await using (var inFlight = await DecidingAsync(caseId, later.Task))
        {
            using (var response = await clients[earlier.Department].DecideAsync(earlier.Task, "approve")) // answered while the later one is held
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(0, await fixture.OutboxCountAsync(caseId, "CaseApproved"));
            await inFlight.Transaction.RollbackAsync(); // that decision failed: its task is still pending
        }

        Assert.Equal(0, await fixture.OutboxCountAsync(caseId, "CaseApproved"));
        using (var response = await clients[later.Department].DecideAsync(later.Task, "approve"))
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await fixture.OutboxCountAsync(caseId, "CaseApproved"));
        Dispose(clients);
    }

    /// <summary>A case of three departments with one decided: the two left, in the database's order of their task ids.</summary>
    private async Task<(Dictionary<string, HttpClient>, List<(string Department, Guid Task)>, Guid)> TwoLeftAsync()
    {
        var implementation = await fixture.Cases.FoodPermitImplementationAsync();
        var departments = implementation.Departments.Select(d => d.DepartmentId).ToList();
        var clients = departments.ToDictionary(d => d, d => Reviewers.For(fixture.Host, d));
        var accepted = await fixture.Cases.PublishAsync(implementation);
        var plan = await fixture.Host.PlanAsync(accepted.CaseId);
        using (var first = await clients[departments[0]].DecideAsync(plan.TaskOf(departments[0]), "approve"))
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        await using var connection = new NpgsqlConnection(fixture.Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT \"Id\" FROM approval.review_tasks WHERE \"CaseId\" = $1 AND \"Status\" = 'Pending' ORDER BY \"Id\"", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = accepted.CaseId });
        var ids = new List<Guid>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) ids.Add(reader.GetGuid(0));
        Assert.Equal(2, ids.Count);
        return (clients, ids.Select(id => (departments.Single(d => plan.TaskOf(d) == id), id)).ToList(), accepted.CaseId);
    }

    /// <summary>A decision of the task in flight: its row locked and written as decided, not committed.</summary>
    private async Task<Held> DecidingAsync(Guid caseId, Guid taskId)
    {
        var connection = new NpgsqlConnection(fixture.Host.ConnectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("""
            SELECT 1 FROM approval.review_cases c JOIN approval.review_tasks t ON t."CaseId" = c."Id"
            WHERE c."Id" = @case AND t."Id" = @task FOR KEY SHARE OF c FOR NO KEY UPDATE OF t;
            UPDATE approval.review_tasks SET "Status" = 'Approved', "DecidedAt" = now() WHERE "Id" = @task;
            """, connection, transaction);
        command.Parameters.AddWithValue("case", caseId);
        command.Parameters.AddWithValue("task", taskId);
        await command.ExecuteNonQueryAsync();
        await using var backend = new NpgsqlCommand("SELECT pg_backend_pid()", connection, transaction);
        var pid = (int)(await backend.ExecuteScalarAsync())!;
        return new Held(connection, transaction, pid);
    }

    private sealed record Held(NpgsqlConnection Connection, NpgsqlTransaction Transaction, int Pid) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
        }
    }

    private static void Dispose(Dictionary<string, HttpClient> clients)
    {
        foreach (var client in clients.Values) client.Dispose();
    }
}
