using System.Net;
using Npgsql;

namespace Linkage.Approval.Tests.Integration;

/// <summary>The last-to-decide question takes every earlier pending task FOR SHARE, not only the first it meets
/// (decision 0702): the decision of the latest task waits for an earlier one in flight even when another earlier task
/// is pending with nobody deciding it. The one held in flight is the later of the two in the task index's order
/// (department), so a question that stopped at the first pending row would not wait for it.</summary>
public sealed class EveryEarlierTaskTests(ApprovalHostFixture fixture) : IClassFixture<ApprovalHostFixture>
{
    [Fact]
    public async Task The_latest_task_waits_for_an_earlier_one_in_flight_past_a_pending_one_and_the_case_concludes_once()
    {
        var implementation = await fixture.Cases.FoodPermitImplementationAsync();
        var departments = implementation.Departments.Select(d => d.DepartmentId).ToList();
        var clients = departments.ToDictionary(d => d, d => Reviewers.For(fixture.Host, d));
        var accepted = await fixture.Cases.PublishAsync(implementation);
        var plan = await fixture.Host.PlanAsync(accepted.CaseId);
        var byId = departments.Select(d => (Department: d, Task: plan.TaskOf(d))).ToList();
        var ids = await fixture.Host.Eventually(async () => await fixture.PendingInIdOrderAsync(accepted.CaseId) is { Count: 3 } found ? found : null);
        var ordered = ids.Select(id => byId.Single(t => t.Task == id)).ToList();
        var latest = ordered[2];
        var earlier = ordered.Take(2).OrderBy(t => t.Department, StringComparer.Ordinal).ToList();
        var (pending, held) = (earlier[0], earlier[1]);

        await using (var connection = new NpgsqlConnection(fixture.Host.ConnectionString))
        {
            await connection.OpenAsync();
            await using var inFlight = await connection.BeginTransactionAsync();
            await using (var write = new NpgsqlCommand(
                "UPDATE approval.review_tasks SET \"Status\" = 'Approved', \"DecidedAt\" = now() WHERE \"Id\" = $1", connection, inFlight))
            {
                write.Parameters.Add(new NpgsqlParameter { Value = held.Task });
                await write.ExecuteNonQueryAsync();
            }
            await using var backend = new NpgsqlCommand("SELECT pg_backend_pid()", connection, inFlight);
            var pid = (int)(await backend.ExecuteScalarAsync())!;

            var deciding = clients[latest.Department].DecideAsync(latest.Task, "approve");
            await fixture.Host.Eventually(async () => await fixture.CountAsync(
                $"SELECT count(*) FROM pg_stat_activity WHERE {pid} = ANY(pg_blocking_pids(pid))") > 0, TimeSpan.FromSeconds(60));
            Assert.False(deciding.IsCompleted, "the latest task's decision waits for the earlier one in flight");
            await inFlight.CommitAsync();
            using (var response = await deciding) Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.Equal(0, await fixture.OutboxCountAsync(accepted.CaseId, "CaseApproved")); // one department is still pending

        using (var response = await clients[pending.Department].DecideAsync(pending.Task, "approve"))
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await fixture.OutboxCountAsync(accepted.CaseId, "CaseApproved"));
        foreach (var client in clients.Values) client.Dispose();
    }
}
