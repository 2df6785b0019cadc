using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Linkage.Audit.Tests;

/// <summary>A unit of work's audit rows are its batch's last commands (decision 0599), so the lane's advisory lock,
/// taken by the chain trigger and held to the commit, is not held while the unit's other statements run or wait.</summary>
public sealed class AuditLastTests : IAsyncLifetime
{
    private AuditDatabase db = null!;

    public async Task InitializeAsync() => db = await AuditDatabase.CreateAsync();

    public async Task DisposeAsync() => await db.DisposeAsync();

    [Fact]
    public async Task The_audit_rows_are_the_last_commands_of_the_one_batch()
    {
        var sent = new SentCommands();
        await using var ctx = new WidgetDbContext(
            new DbContextOptionsBuilder<WidgetDbContext>().UseNpgsql(db.ConnectionString).AddInterceptors(sent).Options);
        ctx.Widgets.Add(new Widget { Name = "a" });
        ctx.Widgets.Add(new Widget { Name = "b" });
        ctx.Audit(Clerk, "widget.created", "widget", "a");
        ctx.Audit(Clerk, "widget.created", "widget", "b");

        await ctx.SaveChangesAsync();

        var batch = Assert.Single(sent.Texts);
        var inserts = batch.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(s => s.StartsWith("INSERT INTO", StringComparison.Ordinal)).Select(s => s.Split(' ')[2]).ToList();
        Assert.Equal(new[] { "widgets.widgets", "widgets.widgets", "audit.audit_log", "audit.audit_log" }, inserts);
        Assert.True((await db.VerifyAsync()).Intact);
        Assert.Equal(2L, await db.ScalarAsync<long>("SELECT max(seq) FROM audit.audit_log WHERE chain = 'widgets'"));
    }

    [Fact]
    public async Task A_units_audit_rows_take_their_lanes_in_chain_order()
    {
        var sent = new SentCommands();
        await using var ctx = new LanedWidgetDbContext(
            new DbContextOptionsBuilder<LanedWidgetDbContext>().UseNpgsql(db.ConnectionString).AddInterceptors(sent).Options);
        var oneTargetPerLaneLastLaneFirst = Enumerable.Range(0, 100).Select(i => $"t{i}").GroupBy(t => AuditLane.Of("widgets", 4, t))
            .OrderByDescending(lane => lane.Key, StringComparer.Ordinal).Select(lane => lane.First());
        foreach (var target in oneTargetPerLaneLastLaneFirst) ctx.Audit(Clerk, "widget.touched", "widget", target);

        await ctx.SaveChangesAsync();

        var lanes = Assert.Single(sent.Values).OfType<string>().Where(v => v.StartsWith("widgets.", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, lanes.Count);
        Assert.Equal(lanes.Order(StringComparer.Ordinal), lanes);
        Assert.True((await db.VerifyAsync()).Intact);
    }

    [Fact]
    public async Task A_writer_waiting_on_its_own_row_holds_no_lane_and_the_one_chain_stays_unbroken()
    {
        await using var other = new NpgsqlConnection(db.ConnectionString);
        await other.OpenAsync();
        await using var holding = await other.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand("INSERT INTO widgets.widgets (\"Id\", \"Name\") VALUES (gen_random_uuid(), 'x')", other, holding))
            await insert.ExecuteNonQueryAsync();

        var waiting = Task.Run(() => db.WriteAsync("x", "clerk-waiting"));
        await WaitUntilAsync(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%widgets.widgets%'");

        Assert.Equal(0L, await db.ScalarAsync<long>(
            "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE d.datname = current_database() AND l.locktype = 'advisory'"));
        await Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++) await db.WriteAsync($"w{w}-{i}", $"clerk-{w}");
        })));
        Assert.False(waiting.IsCompleted);

        await holding.RollbackAsync();
        await waiting;

        var report = await db.VerifyAsync();
        Assert.True(report.Intact, string.Join("; ", report.Breaks));
        Assert.Equal(41L, report.Chains["widgets"]);
        Assert.Equal(41L, await db.ScalarAsync<long>("SELECT max(seq) FROM audit.audit_log WHERE chain = 'widgets'"));
        Assert.Equal("clerk-waiting", await db.ScalarAsync<string>("SELECT actor_subject FROM audit.audit_log WHERE seq = 41"));
    }

    private static readonly AuditActor Clerk = new("clerk-1", "window-clerk", "ou-1", "350926000000");

    private async Task WaitUntilAsync(string countSql)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (await db.ScalarAsync<long>(countSql) > 0) return;
            await Task.Delay(50);
        }
        Assert.Fail($"never true: {countSql}");
    }
}
