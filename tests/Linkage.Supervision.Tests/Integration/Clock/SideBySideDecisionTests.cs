using Linkage.Supervision.Domain;
using Npgsql;
using static Linkage.Supervision.Tests.ApprovalEvents;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>The departments of a case decide side by side (0650), and supervision reads their decisions without the case
/// row and takes it only for the decision's turn at the end (decision 0666). Held up behind a sweep that claimed the case
/// and writes a later next check, the three decisions of a case, each sent twice under new ids, all arrive at once.</summary>
public sealed class SideBySideDecisionTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private const string Town = "350926104000";

    [Fact]
    public async Task Three_departments_deciding_at_once_behind_a_sweep_are_each_recorded_and_counted_once_and_the_case_is_looked_at_again()
    {
        var accepted = Accepted(D(1), 20, Town, Town);
        var departments = Enumerable.Range(0, 3).Select(_ => $"dept-{Guid.NewGuid():N}"[..20]).ToArray();
        var opened = Opened(accepted, departments.Select(d => (d, D(12))).ToArray());
        await fixture.DeliverAsync(accepted);
        await fixture.DeliverAsync(opened);
        var decisions = departments.SelectMany(d => new[] { Decided(opened, d, D(4)), Decided(opened, d, D(4)) })
            .Select(m => (Message: m, Id: Guid.NewGuid())).ToList();

        await using (var sweep = new NpgsqlConnection(fixture.Host.ConnectionString))
        {
            await sweep.OpenAsync();
            await using var tx = await sweep.BeginTransactionAsync();
            var holder = await SupervisionHostFixture.ScalarAsync<int>(sweep, tx, "SELECT pg_backend_pid()");
            await SupervisionHostFixture.ScalarAsync<int>(sweep, tx, $"""SELECT 1 FROM supervision.cases WHERE "Id" = '{accepted.CaseId}' FOR NO KEY UPDATE""");
            await Task.WhenAll(decisions.Select(d => fixture.PublishAsync(d.Message, d.Id)));
            await fixture.Host.Eventually(async () =>
                await fixture.CountAsync($"SELECT count(*) FROM pg_stat_activity WHERE {holder} = ANY(pg_blocking_pids(pid))") > 0,
                TimeSpan.FromSeconds(60));
            // the sweep's next check, worked out from steps it read before any decision
            await SupervisionHostFixture.ScalarAsync<int>(sweep, tx, $"""
                WITH u AS (UPDATE supervision.cases SET "NextCheckOn" = DATE '2025-09-13' WHERE "Id" = '{accepted.CaseId}' RETURNING 1)
                SELECT count(*)::int FROM u
                """);
            await tx.CommitAsync();
        }
        var applied = $"SELECT count(*) FROM supervision.inbox_messages WHERE message_id IN ('{string.Join("','", decisions.Select(d => d.Id))}')";
        await fixture.Host.Eventually(async () => await fixture.CountAsync(applied) == decisions.Count, TimeSpan.FromSeconds(60));

        Assert.Equal(3, await fixture.CountAsync(
            $"SELECT count(*) FROM supervision.steps WHERE \"CaseId\" = '{accepted.CaseId}' AND \"Decision\" = 'approved'"));
        Assert.Equal(3, await fixture.CountAsync(
            $"SELECT count(*) FROM supervision.timeline_entries WHERE \"CaseId\" = '{accepted.CaseId}' AND \"Kind\" = 'StepDecided'"));
        var byDepartment = await fixture.Host.CreateClient("supervisor-county")
            .OkBodyAsync($"/api/supervision/stats/breakdown?division={Town}&by=department&from=2025-09-01&to=2025-09-30");
        foreach (var department in departments)
            Assert.Equal(1, byDepartment.EnumerateArray().Single(r => r.GetProperty("key").GetString() == department).GetProperty("completed").GetInt32());
        Assert.Equal(SupervisedCase.CheckNow, await fixture.NextCheckOnAsync(accepted.CaseId)); // the sweep's later check written over
        await fixture.SweepAsync(D(13));
        Assert.Empty(await fixture.OpenAlarmsAsync(accepted.CaseId)); // past the steps' deadline, every step decided
    }

    private static DateOnly D(int day) => new(2025, 9, day);
}
