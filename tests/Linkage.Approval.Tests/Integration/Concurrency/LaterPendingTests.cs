using System.Net;
using Npgsql;

namespace Linkage.Approval.Tests.Integration;

/// <summary>A decision asks whether a later task is pending once its own row is taken (decision 0733): one that finds
/// one is not the last and asks nothing more. When the later task's decision, in flight, had share-locked this task
/// first (as its last-to-decide question does), this decision's start waits for it, and the answer read after the wait
/// finds the later task decided: this decision asks the question and concludes the case.</summary>
public sealed class LaterPendingTests(ApprovalHostFixture fixture) : IClassFixture<ApprovalHostFixture>
{
    [Fact]
    public async Task A_decision_whose_start_waited_for_the_later_tasks_decision_reads_it_decided_and_concludes()
    {
        var implementation = await fixture.Cases.FoodPermitImplementationAsync();
        var departments = implementation.Departments.Select(d => d.DepartmentId).ToList();
        var clients = departments.ToDictionary(d => d, d => Reviewers.For(fixture.Host, d));
        var accepted = await fixture.Cases.PublishAsync(implementation);
        var plan = await fixture.Host.PlanAsync(accepted.CaseId);
        using (var first = await clients[departments[0]].DecideAsync(plan.TaskOf(departments[0]), "approve"))
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var ids = await fixture.PendingInIdOrderAsync(accepted.CaseId);
        Assert.Equal(2, ids.Count);
        var (earlier, later) = (ids[0], ids[1]);

        await using (var connection = new NpgsqlConnection(fixture.Host.ConnectionString))
        {
            await connection.OpenAsync();
            await using var inFlight = await connection.BeginTransactionAsync();
            await using (var decide = new NpgsqlCommand("""
                UPDATE approval.review_tasks SET "Status" = 'Approved', "DecidedAt" = now() WHERE "Id" = @later;
                SELECT FROM approval.review_tasks WHERE "Id" = @earlier AND "Status" = 'Pending' FOR SHARE;
                """, connection, inFlight))
            {
                decide.Parameters.AddWithValue("later", later);
                decide.Parameters.AddWithValue("earlier", earlier);
                await decide.ExecuteNonQueryAsync(); // the later task's decision, written, its question met the earlier task pending
            }
            await using var backend = new NpgsqlCommand("SELECT pg_backend_pid()", connection, inFlight);
            var pid = (int)(await backend.ExecuteScalarAsync())!;

            var deciding = clients[departments.Single(d => plan.TaskOf(d) == earlier)].DecideAsync(earlier, "approve");
            await fixture.Host.Eventually(async () => await fixture.CountAsync(
                $"SELECT count(*) FROM pg_stat_activity WHERE {pid} = ANY(pg_blocking_pids(pid))") > 0, TimeSpan.FromSeconds(60));
            Assert.False(deciding.IsCompleted, "the earlier task's decision waits at its start for the later one's commit");

            await inFlight.CommitAsync();
            using (var response = await deciding) Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(1, await fixture.OutboxCountAsync(accepted.CaseId, "CaseApproved"));
        Assert.Equal(1, await fixture.CountAsync(
            "SELECT count(*) FROM approval.review_cases WHERE \"Id\" = $1 AND \"Status\" = 'Approved'", accepted.CaseId));
        foreach (var client in clients.Values) client.Dispose();
    }
}
