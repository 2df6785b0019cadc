using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Audit.Tests;

/// <summary>Rows are chained in commit order, one chain per module or lane, whoever writes at once; an entry is saved
/// with its change or not at all.</summary>
public sealed class ChainTests : IAsyncLifetime
{
    private AuditDatabase db = null!;

    public async Task InitializeAsync() => db = await AuditDatabase.CreateAsync();

    public async Task DisposeAsync() => await db.DisposeAsync();

    [Fact]
    public async Task Concurrent_writers_make_one_unbroken_chain()
    {
        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 25; i++) await db.WriteAsync($"w{w}-{i}", $"clerk-{w}");
        })));

        Assert.Equal(200L, await db.ScalarAsync<long>("SELECT count(DISTINCT seq) FROM audit.audit_log WHERE chain = 'widgets'"));
        Assert.Equal(200L, await db.ScalarAsync<long>("SELECT max(seq) FROM audit.audit_log WHERE chain = 'widgets'"));
        var report = await db.VerifyAsync();
        Assert.True(report.Intact, string.Join("; ", report.Breaks));
        Assert.Equal(200L, report.Chains["widgets"]);
    }

    [Fact]
    public async Task Laned_writers_make_one_unbroken_chain_per_lane_and_keep_each_target_within_its_lanes_reach()
    {
        var targets = Enumerable.Range(0, 25).Select(i => $"w{i}").ToList();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            foreach (var target in targets)
            {
                await using var laned = new LanedWidgetDbContext(
                    new DbContextOptionsBuilder<LanedWidgetDbContext>().UseNpgsql(db.ConnectionString).Options);
                laned.Audit(new AuditActor($"clerk-{w}", "window-clerk", "ou-1", "350926000000"), "widget.touched", "widget", target);
                await laned.SaveChangesAsync();
            }
        })));

        var report = await db.VerifyAsync();
        Assert.True(report.Intact, string.Join("; ", report.Breaks));
        Assert.Equal(200L, report.Chains.Values.Sum());
        Assert.True(report.Chains.Count > 1);
        foreach (var target in targets)
        {
            var reach = AuditLane.Reach(AuditLane.Of("widgets", 4, target)); // its lane, or a spare below it (0768)
            Assert.Equal(8L, await db.ScalarAsync<long>(
                $"SELECT count(*) FROM audit.audit_log WHERE target_id = '{target}' AND chain IN ('{string.Join("', '", reach)}')"));
        }
    }

    [Fact]
    public async Task An_entry_of_a_change_that_rolled_back_is_not_written()
    {
        await db.WriteAsync("taken");

        await Assert.ThrowsAsync<DbUpdateException>(() => db.WriteAsync("taken", "clerk-2"));

        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM audit.audit_log WHERE actor_subject = 'clerk-2'"));
        await db.WriteAsync("next");
        Assert.True((await db.VerifyAsync()).Intact);
        Assert.Equal(2L, await db.ScalarAsync<long>("SELECT max(seq) FROM audit.audit_log"));
    }

    [Fact]
    public async Task The_first_row_links_to_nothing_and_each_next_row_to_the_one_before()
    {
        await db.WriteAsync("a");
        await db.WriteAsync("b");

        Assert.Equal(0, await db.ScalarAsync<int>("SELECT length(prev_hash) FROM audit.audit_log WHERE seq = 1"));
        Assert.True(await db.ScalarAsync<bool>(
            "SELECT b.prev_hash = a.hash FROM audit.audit_log a JOIN audit.audit_log b ON b.seq = a.seq + 1 WHERE a.seq = 1"));
    }

    [Fact]
    public async Task A_citizen_id_number_is_refused_in_an_entry()
    {
        await using var ctx = db.NewContext();

        Assert.Throws<ArgumentException>(() => ctx.Audit(AuditActor.System("widgets", "350926000000"), "widget.created", "widget", "w",
            new { applicant = "350926198503120020" }));
    }
}

/// <summary>The widgets module with its audit entries spread over four chain lanes (decision 0580).</summary>
public sealed class LanedWidgetDbContext(DbContextOptions<LanedWidgetDbContext> options) : ModuleDbContext(options)
{
    protected override string Schema => "widgets";

    protected override int AuditLanes => 4;
}
