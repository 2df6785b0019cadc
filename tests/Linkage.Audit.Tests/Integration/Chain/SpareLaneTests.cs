using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Linkage.Audit.Tests;

/// <summary>An entry whose lane another transaction holds goes to the first free of the spare lanes below it instead of
/// waiting (decision 0768); only when they are all held does it wait for its own. Every lane stays one unbroken chain,
/// a tampered entry in a spare lane breaks that lane, and a rolled-back entry takes no place in it.</summary>
public sealed class SpareLaneTests : IAsyncLifetime
{
    private static readonly AuditActor Clerk = new("clerk-1", "window-clerk", "ou-1", "350926000000");
    private AuditDatabase db = null!;

    public async Task InitializeAsync() => db = await AuditDatabase.CreateAsync();

    public async Task DisposeAsync() => await db.DisposeAsync();

    [Fact]
    public async Task An_entry_whose_lane_is_held_chains_in_the_first_free_lane_below_and_a_tampered_one_breaks_that_lane()
    {
        var target = TargetIn("widgets.3");
        await WriteAsync("before");
        await using (var holder = await HoldAsync("widgets.3", "widgets.2"))
        {
            await WriteAsync(target);

            Assert.Equal("widgets.1", await ChainOfAsync(target));
        }
        var next = TargetIn("widgets.3", 1);
        await WriteAsync(next);

        Assert.Equal("widgets.3", await ChainOfAsync(next));
        var report = await db.VerifyAsync();
        Assert.True(report.Intact, string.Join("; ", report.Breaks));
        await db.TamperAsync($"UPDATE audit.audit_log SET actor_subject = 'someone-else' WHERE target_id = '{target}'");
        var after = await db.VerifyAsync();
        Assert.Equal(new[] { "widgets.1" }, after.Breaks.Select(b => b.Chain).Distinct());
    }

    [Fact]
    public async Task An_entry_waits_for_its_own_lane_only_while_every_spare_below_it_is_held_too()
    {
        var target = TargetIn("widgets.2");
        var holder = await HoldAsync("widgets.2", "widgets.1", "widgets.0");

        var writing = Task.Run(() => WriteAsync(target));
        await WaitUntilAsync("SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE d.datname = current_database() AND l.locktype = 'advisory' AND NOT l.granted");
        await WriteAsync(TargetIn("widgets.3"));
        Assert.False(writing.IsCompleted);
        await holder.DisposeAsync();
        await writing;

        Assert.Equal("widgets.2", await ChainOfAsync(target));
        Assert.True((await db.VerifyAsync()).Intact);
    }

    [Fact]
    public async Task A_transactions_later_entries_for_a_lane_follow_its_first_to_the_spare_once_the_lane_is_free()
    {
        var holder = await HoldAsync("widgets.3");
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();

        var first = await InsertAsync(connection, transaction, "widgets.3");
        await holder.DisposeAsync();
        var second = await InsertAsync(connection, transaction, "widgets.3");
        await transaction.CommitAsync();
        var after = await InsertAsync(connection, null, "widgets.3");

        Assert.Equal(("widgets.2", 1L), first);
        Assert.Equal(("widgets.2", 2L), second);
        Assert.Equal(("widgets.3", 1L), after);
        Assert.True((await db.VerifyAsync()).Intact);
    }

    [Fact]
    public async Task A_rolled_back_entry_in_a_spare_lane_leaves_no_row_and_no_gap()
    {
        var target = TargetIn("widgets.1");
        await using var holder = await HoldAsync("widgets.1");
        await using (var ctx = Laned())
        {
            await using var transaction = await ctx.Database.BeginTransactionAsync();
            ctx.Audit(Clerk, "widget.touched", "widget", target);
            await ctx.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        Assert.Equal(0L, await db.ScalarAsync<long>($"SELECT count(*) FROM audit.audit_log WHERE target_id = '{target}'"));
        var kept = TargetIn("widgets.1", 1);
        await WriteAsync(kept);
        Assert.Equal("widgets.0", await ChainOfAsync(kept));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT max(seq) FROM audit.audit_log WHERE chain = 'widgets.0'"));
        Assert.True((await db.VerifyAsync()).Intact);
    }

    [Fact]
    public void A_lanes_reach_is_itself_then_up_to_three_below_and_lanes_are_taken_by_number()
    {
        Assert.Equal(new[] { "widgets.5", "widgets.4", "widgets.3", "widgets.2" }, AuditLane.Reach("widgets.5"));
        Assert.Equal(new[] { "widgets.1", "widgets.0" }, AuditLane.Reach("widgets.1"));
        Assert.Equal(new[] { "intake" }, AuditLane.Reach("intake"));
        Assert.True(AuditLane.Compare("approval.9", "approval.10") < 0);
        Assert.True(AuditLane.Compare("approval.63", "certificates.0") < 0);
        Assert.True(AuditLane.Compare("approval", "approval.0") < 0);
    }

    private LanedWidgetDbContext Laned() =>
        new(new DbContextOptionsBuilder<LanedWidgetDbContext>().UseNpgsql(db.ConnectionString).Options);

    private async Task WriteAsync(string target)
    {
        await using var ctx = Laned();
        ctx.Audit(Clerk, "widget.touched", "widget", target);
        await ctx.SaveChangesAsync();
    }

    /// <summary>The <paramref name="nth"/> target whose entries are written for <paramref name="lane"/>.</summary>
    private static string TargetIn(string lane, int nth = 0) =>
        Enumerable.Range(0, 1000).Select(i => $"target-{i}").Where(t => AuditLane.Of("widgets", 4, t) == lane).ElementAt(nth);

    private Task<string> ChainOfAsync(string target) =>
        db.ScalarAsync<string>($"SELECT chain FROM audit.audit_log WHERE target_id = '{target}'");

    /// <summary>One entry for <paramref name="lane"/> inserted as a module's save sends it; the chain and seq it got.</summary>
    private static async Task<(string Chain, long Seq)> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string lane)
    {
        await using var insert = new NpgsqlCommand("""
            INSERT INTO audit.audit_log (id, chain, seq, at, actor_subject, actor_role, actor_org_unit, actor_division, action,
                target_type, target_id, detail, prev_hash, hash)
            VALUES (gen_random_uuid(), $1, 0, now(), 'clerk-1', 'window-clerk', 'ou-1', '350926000000', 'widget.touched',
                'widget', 'w', '{}', ''::bytea, ''::bytea)
            RETURNING chain, seq
            """, connection, transaction);
        insert.Parameters.Add(new NpgsqlParameter { Value = lane });
        await using var reader = await insert.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetString(0), reader.GetInt64(1));
    }

    /// <summary>Another transaction holding these lanes' locks, as a writer between its audit insert and its commit,
    /// until it is disposed (rolled back).</summary>
    private async Task<HeldLanes> HoldAsync(params string[] lanes)
    {
        var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        foreach (var lane in lanes)
        {
            await using var take = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended('linkage.audit.chain.' || $1, 0))", connection, transaction);
            take.Parameters.Add(new NpgsqlParameter { Value = lane });
            await take.ExecuteNonQueryAsync();
        }
        return new HeldLanes(connection, transaction);
    }

    private sealed class HeldLanes(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await transaction.RollbackAsync();
            await connection.DisposeAsync();
        }
    }

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
