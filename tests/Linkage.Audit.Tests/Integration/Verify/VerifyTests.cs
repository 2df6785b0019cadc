using Linkage.Host.Commands;
using Microsoft.Extensions.Configuration;

namespace Linkage.Audit.Tests;

/// <summary><c>audit verify</c> finds every kind of rewrite someone with the owner's rights could make.</summary>
public sealed class VerifyTests : IAsyncLifetime
{
    private AuditDatabase db = null!;

    public async Task InitializeAsync()
    {
        db = await AuditDatabase.CreateAsync();
        for (var i = 1; i <= 6; i++) await db.WriteAsync($"widget-{i}");
    }

    public async Task DisposeAsync() => await db.DisposeAsync();

    [Fact]
    public async Task An_untouched_trail_verifies()
    {
        var report = await db.VerifyAsync();

        Assert.True(report.Intact, string.Join("; ", report.Breaks));
        Assert.Equal(6L, report.Chains["widgets"]);
    }

    [Fact]
    public async Task A_tampered_row_is_found()
    {
        await db.TamperAsync("UPDATE audit.audit_log SET actor_subject = 'somebody-else' WHERE seq = 3");

        var broken = Assert.Single((await db.VerifyAsync()).Breaks);
        Assert.Equal(3, broken.Seq);
        Assert.Contains("tampered", broken.What);
    }

    [Fact]
    public async Task A_tampered_row_with_its_hash_recomputed_breaks_the_next_link()
    {
        await db.TamperAsync("""
            UPDATE audit.audit_log SET detail = '{"name":"forged"}',
              hash = sha256(prev_hash || convert_to(audit.field(id::text) || audit.field(chain) || audit.field(seq::text)
                || audit.field(((extract(epoch FROM at) * 1000000)::bigint)::text) || audit.field(actor_subject)
                || audit.field(actor_role) || audit.field(actor_org_unit) || audit.field(actor_division) || audit.field(action)
                || audit.field(target_type) || audit.field(target_id) || audit.field('{"name": "forged"}'), 'UTF8'))
            WHERE seq = 3
            """);

        var broken = Assert.Single((await db.VerifyAsync()).Breaks);
        Assert.Equal(4, broken.Seq);
        Assert.Contains("does not link", broken.What);
    }

    [Fact]
    public async Task A_deleted_row_is_found()
    {
        await db.TamperAsync("DELETE FROM audit.audit_log WHERE seq = 4");

        var report = await db.VerifyAsync();
        Assert.Contains(report.Breaks, b => b.Seq == 5 && b.What.Contains("row 4 is missing"));
    }

    [Fact]
    public async Task Reordered_rows_are_found()
    {
        await db.TamperAsync("""
            UPDATE audit.audit_log SET seq = -1 WHERE seq = 2;
            UPDATE audit.audit_log SET seq = 2 WHERE seq = 3;
            UPDATE audit.audit_log SET seq = 3 WHERE seq = -1
            """);

        var report = await db.VerifyAsync();
        Assert.Contains(report.Breaks, b => b.Seq == 2);
        Assert.Contains(report.Breaks, b => b.Seq == 3);
    }

    [Fact]
    public async Task Rows_cut_off_the_end_are_found_against_the_signed_head()
    {
        await db.ExecuteAsync("""
            INSERT INTO audit.signed_heads (chain, seq, hash, signed_at, signer, key_id, signature)
            SELECT chain, seq, hash, now(), 'test', 'k1', '\x00' FROM audit.audit_log WHERE seq = 6
            """);
        await db.TamperAsync("DELETE FROM audit.audit_log WHERE seq >= 5");

        var broken = Assert.Single((await db.VerifyAsync()).Breaks);
        Assert.Contains("rows cut off", broken.What);
    }

    [Fact]
    public async Task The_host_command_exits_1_on_a_broken_trail_and_0_on_an_intact_one()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(
            new Dictionary<string, string?> { ["ConnectionStrings:Linkage"] = db.ConnectionString }).Build();
        var intact = new StringWriter();
        Assert.Equal(0, await AuditCommand.RunAsync(config, null, "verify", intact));
        Assert.Contains("chain widgets: 6 rows", intact.ToString());

        await db.TamperAsync("DELETE FROM audit.audit_log WHERE seq = 2");
        var broken = new StringWriter();
        Assert.Equal(1, await AuditCommand.RunAsync(config, null, "verify", broken));
        Assert.Contains("BROKEN widgets #3", broken.ToString());
    }
}
