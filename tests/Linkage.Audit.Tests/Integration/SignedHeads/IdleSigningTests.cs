using Linkage.Intake.Persistence;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Audit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Linkage.Audit.Tests;

/// <summary>The head signer's pass asks which chains moved in one read and opens a transaction only for those
/// (decision 0634): a pass with nothing to sign runs that read and not the in-transaction head read.</summary>
public sealed class IdleSigningTests : IAsyncLifetime
{
    private const string MovedRead = "SELECT c.chain AS \"Value\" FROM unnest(%";
    private const string HeadRead = "SELECT seq, hash FROM audit.audit_log%ORDER BY seq DESC LIMIT %";
    private LinkageTestHost host = null!;

    public async Task InitializeAsync() =>
        host = await LinkageTestHost.StartAsync("catalog,intake", configure: s => s["Linkage:Audit:HeadInterval"] = "01:00:00");

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_pass_signs_a_moved_chain_and_an_idle_pass_opens_no_transaction()
    {
        // the start-up passes of the catalog's and intake's signers (one read each) are over before anything is written
        await host.Eventually(async () => await CallsAsync(MovedRead) >= 2 ? "" : null);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
            db.Audit(AuditActor.System("intake", "350926000000"), "test.written", "case", Guid.NewGuid().ToString(), new { });
            await db.SaveChangesAsync();
        }

        Assert.Equal(1, await PassAsync());
        Assert.Equal(1L, await SignedHeadsAsync());

        var (moved, heads) = (await CallsAsync(MovedRead), await CallsAsync(HeadRead));
        Assert.Equal(0, await PassAsync());
        Assert.Equal(0, await PassAsync());
        Assert.Equal(moved + 2, await CallsAsync(MovedRead));
        Assert.Equal(heads, await CallsAsync(HeadRead));
        Assert.Equal(1L, await SignedHeadsAsync());
    }

    private async Task<int> PassAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditHeadSigning<IntakeDbContext>>().RunAsync(CancellationToken.None);
    }

    private async Task<long> SignedHeadsAsync()
    {
        await using var conn = new NpgsqlConnection(host.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM audit.signed_heads WHERE chain = 'intake'", conn);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    private Task<long> CallsAsync(string like) => StatementCalls.OfAsync(host.ConnectionString, like);
}
