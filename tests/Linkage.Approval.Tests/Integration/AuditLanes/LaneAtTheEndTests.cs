using System.Net;
using Linkage.Approval.Persistence;
using Linkage.Messaging;
using Npgsql;

namespace Linkage.Approval.Tests.Integration;

/// <summary>A department's decision writes its audit entry in its last save, after its turn at the case row (decision
/// 0688): a decision that waits there for the case row holds no audit lane, so the decisions hashing to its lane do not
/// wait with it; once the row is free it concludes the case, its entry in its task's lane and every chain intact.</summary>
public sealed class LaneAtTheEndTests(ApprovalHostFixture fixture) : IClassFixture<ApprovalHostFixture>
{
    [Fact]
    public async Task A_last_decision_waiting_for_the_case_row_holds_no_lane_and_its_entry_chains_after_it()
    {
        var implementation = await fixture.Cases.FoodPermitImplementationAsync();
        var departments = implementation.Departments.Select(d => d.DepartmentId).ToList();
        var clients = departments.ToDictionary(d => d, d => Reviewers.For(fixture.Host, d));
        var accepted = await fixture.Cases.PublishAsync(implementation);
        var plan = await fixture.Host.PlanAsync(accepted.CaseId);
        foreach (var d in departments.SkipLast(1))
            using (var decided = await clients[d].DecideAsync(plan.TaskOf(d), "approve"))
                Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var last = plan.TaskOf(departments[^1]);
        var lane = AuditLane.Of(ApprovalDbContext.SchemaName, ApprovalDbContext.AuditLaneCount, last.ToString());

        await using var holder = new NpgsqlConnection(fixture.Host.ConnectionString);
        await holder.OpenAsync();
        await using var held = await holder.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand("SELECT FROM approval.review_cases WHERE \"Id\" = $1 FOR NO KEY UPDATE", holder, held))
        {
            take.Parameters.Add(new NpgsqlParameter { Value = accepted.CaseId });
            await take.ExecuteNonQueryAsync(); // as another decision at its end holds it
        }
        var deciding = clients[departments[^1]].DecideAsync(last, "approve");
        await WaitUntilAsync(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%review_cases%'");

        Assert.Equal(0, await fixture.CountAsync("""
            SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND ((classid::bigint << 32) | objid::bigint) = hashtextextended('linkage.audit.chain.' || $1, 0)
            """, lane));
        Assert.False(deciding.IsCompleted);
        await held.RollbackAsync();

        using (var response = await deciding) Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await fixture.OutboxCountAsync(accepted.CaseId, "CaseApproved"));
        Assert.Equal(1, await fixture.CountAsync(
            "SELECT count(*) FROM audit.audit_log WHERE target_id = $1 AND action = 'review.decide' AND detail->>'taskId' = $2 AND chain = ANY($3)",
            accepted.CaseId.ToString(), last.ToString(), AuditLane.Reach(lane).ToArray()));
        await using var dataSource = NpgsqlDataSource.Create(fixture.Host.ConnectionString);
        var report = await new AuditVerifier(dataSource).VerifyAsync(CancellationToken.None);
        Assert.True(report.Intact, string.Join("; ", report.Breaks));
        foreach (var client in clients.Values) client.Dispose();
    }

    private async Task WaitUntilAsync(string countSql)
    {
        for (var attempt = 0; attempt < 1200; attempt++)
        {
            if (await fixture.CountAsync(countSql) > 0) return;
            await Task.Delay(50);
        }
        Assert.Fail($"never true: {countSql}");
    }
}
