using System.Net;
using Npgsql;

namespace Linkage.Approval.Tests.Integration;

/// <summary>Decision 0807: the last decision does not read the plan again; its last-to-decide question returns the other
/// tasks as stored, the earlier ones as locked after their commits, and the join runs on them. An earlier department's
/// rejection committed while the latest task's decision waits in that question is the one the case concludes with, and
/// the conclusion writes the case, not the sibling's row it learnt from.</summary>
public sealed class SiblingsFromTheQuestionTests(ApprovalHostFixture fixture) : IClassFixture<ApprovalHostFixture>
{
    [Fact]
    public async Task The_last_decision_concludes_with_a_sibling_decided_while_it_waited_and_leaves_that_row_as_written()
    {
        var implementation = await fixture.Cases.FoodPermitImplementationAsync();
        var departments = implementation.Departments.Select(d => d.DepartmentId).ToList();
        var clients = departments.ToDictionary(d => d, d => Reviewers.For(fixture.Host, d));
        var accepted = await fixture.Cases.PublishAsync(implementation);
        var plan = await fixture.Host.PlanAsync(accepted.CaseId);
        var ids = await fixture.Host.Eventually(async () => await fixture.PendingInIdOrderAsync(accepted.CaseId) is { Count: 3 } found ? found : null);
        var ordered = ids.Select(id => departments.Single(d => plan.TaskOf(d) == id)).ToList();
        var (approved, held, latest) = (ordered[0], ordered[1], ordered[2]);
        using (var response = await clients[approved].DecideAsync(plan.TaskOf(approved), "approve"))
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        long written;
        await using (var connection = new NpgsqlConnection(fixture.Host.ConnectionString))
        {
            await connection.OpenAsync();
            await using var inFlight = await connection.BeginTransactionAsync();
            await using (var write = new NpgsqlCommand("""
                UPDATE approval.review_tasks SET "Status" = 'Rejected', "Reason" = '现场核查不合格', "DecidedAt" = now()
                WHERE "Id" = $1 RETURNING xmin::text::bigint
                """, connection, inFlight))
            {
                write.Parameters.Add(new NpgsqlParameter { Value = plan.TaskOf(held) });
                written = (long)(await write.ExecuteScalarAsync())!;
            }
            await using var backend = new NpgsqlCommand("SELECT pg_backend_pid()", connection, inFlight);
            var pid = (int)(await backend.ExecuteScalarAsync())!;

            var deciding = clients[latest].DecideAsync(plan.TaskOf(latest), "approve");
            await fixture.Host.Eventually(async () => await fixture.CountAsync(
                $"SELECT count(*) FROM pg_stat_activity WHERE {pid} = ANY(pg_blocking_pids(pid))") > 0, TimeSpan.FromSeconds(60));
            Assert.False(deciding.IsCompleted, "the latest task's decision waits for the earlier one in flight");
            await inFlight.CommitAsync();
            using (var response = await deciding) Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(0, await fixture.OutboxCountAsync(accepted.CaseId, "CaseApproved"));
        Assert.Equal(1, await fixture.OutboxCountAsync(accepted.CaseId, "CaseRejected"));
        Assert.Equal(1, await fixture.CountAsync(
            "SELECT count(*) FROM approval.outbox_messages WHERE aggregate_id = $1 AND message_type LIKE '%.CaseRejected%'"
            + " AND payload::text LIKE $2 AND payload::text LIKE '%现场核查不合格%'", accepted.CaseId.ToString(), $"%{held}%"));
        Assert.Equal(1, await fixture.CountAsync(
            "SELECT count(*) FROM approval.review_cases WHERE \"Id\" = $1 AND \"Status\" = 'Rejected' AND \"ConcludedAt\" IS NOT NULL", accepted.CaseId));
        Assert.Equal(1, await fixture.CountAsync( // the conclusion did not write the sibling it learnt from
            "SELECT count(*) FROM approval.review_tasks WHERE \"Id\" = $1 AND xmin::text::bigint = $2 AND \"Status\" = 'Rejected'",
            plan.TaskOf(held), written));
        Assert.Equal(1, await fixture.CountAsync(
            "SELECT count(*) FROM approval.review_timeline WHERE \"CaseId\" = $1 AND \"Kind\" = 'case-rejected'", accepted.CaseId));
        foreach (var client in clients.Values) client.Dispose();
    }
}
