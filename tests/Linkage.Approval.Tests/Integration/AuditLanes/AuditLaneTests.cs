using System.Net;
using Linkage.Approval.Persistence;
using Linkage.Messaging;
using Npgsql;

namespace Linkage.Approval.Tests.Integration;

/// <summary>Review decisions are audited in lanes (decisions 0580, 0617), a department's decision in the lane its task id
/// hashes to (0667), so the departments of one case deciding side by side do not share a lane's lock: decisions on many
/// cases at once make chains that verify, each entry in its task's lane or a spare below it (0768), and a tampered entry
/// breaks its lane.</summary>
public sealed class AuditLaneTests(ApprovalHostFixture fixture) : IClassFixture<ApprovalHostFixture>
{
    private const int CasesAtOnce = 12;

    [Fact]
    public async Task Decisions_on_many_cases_at_once_chain_each_decision_in_its_tasks_lane_and_a_tampered_entry_breaks_that_lane()
    {
        var implementation = await fixture.Cases.FoodPermitImplementationAsync();
        var departments = implementation.Departments.Select(d => d.DepartmentId).ToList();
        var cases = await Task.WhenAll(Enumerable.Range(0, CasesAtOnce).Select(_ => fixture.Cases.PublishAsync(implementation)));
        var plans = await Task.WhenAll(cases.Select(c => fixture.Host.PlanAsync(c.CaseId)));
        var clients = departments.ToDictionary(d => d, d => Reviewers.For(fixture.Host, d));

        var statuses = await Task.WhenAll(plans.SelectMany(plan => departments.Select(async d =>
            (await clients[d].DecideAsync(plan.TaskOf(d), "approve")).StatusCode)));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        foreach (var (c, plan) in cases.Zip(plans))
            foreach (var d in departments)
                Assert.Equal(1, await fixture.CountAsync(
                    "SELECT count(*) FROM audit.audit_log WHERE target_type = 'case' AND target_id = $1 AND action = 'review.decide' AND detail->>'taskId' = $2 AND chain = ANY($3)",
                    c.CaseId.ToString(), plan.TaskOf(d).ToString(), AuditLane.Reach(TaskLane(plan.TaskOf(d))).ToArray()));
        Assert.True(plans.Any(p => departments.Select(d => TaskLane(p.TaskOf(d))).Distinct().Count() > 1), "a case's decisions span lanes");
        var report = await VerifyAsync();
        Assert.True(report.Intact, string.Join("; ", report.Breaks));

        var tampered = await ChainOfAsync(cases[0].CaseId, plans[0].TaskOf(departments[0]));
        var rows = await fixture.CountAsync("SELECT count(*) FROM audit.audit_log WHERE target_id = $1 AND chain = $2", cases[0].CaseId.ToString(), tampered);
        await TamperAsync($"UPDATE audit.audit_log SET detail = '{{\"taskId\":\"forged\"}}' WHERE target_id = '{cases[0].CaseId}' AND chain = '{tampered}'");

        var after = await VerifyAsync();
        Assert.False(after.Intact);
        Assert.All(after.Breaks, b => Assert.Equal(tampered, b.Chain));
        Assert.Equal(rows, after.Breaks.Count(b => b.What.EndsWith("tampered", StringComparison.Ordinal)));
        foreach (var client in clients.Values) client.Dispose();
    }

    private async Task<string> ChainOfAsync(Guid caseId, Guid taskId)
    {
        await using var connection = new NpgsqlConnection(fixture.Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT chain FROM audit.audit_log WHERE target_id = $1 AND action = 'review.decide' AND detail->>'taskId' = $2", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = caseId.ToString() });
        command.Parameters.Add(new NpgsqlParameter { Value = taskId.ToString() });
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static string TaskLane(Guid taskId) => AuditLane.Of(ApprovalDbContext.SchemaName, ApprovalDbContext.AuditLaneCount, taskId.ToString());

    private async Task<AuditReport> VerifyAsync()
    {
        await using var dataSource = NpgsqlDataSource.Create(fixture.Host.ConnectionString);
        return await new AuditVerifier(dataSource).VerifyAsync(CancellationToken.None);
    }

    /// <summary>What a tamperer with the audit owner's rights can do: triggers off, a row rewritten.</summary>
    private async Task TamperAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            SET ROLE {AuditSql.OwnerRole};
            ALTER TABLE audit.audit_log DISABLE TRIGGER USER;
            {sql};
            ALTER TABLE audit.audit_log ENABLE TRIGGER USER;
            RESET ROLE;
            """, connection);
        Assert.True(await command.ExecuteNonQueryAsync() > 0);
    }
}
