using Linkage.Messaging;
using Npgsql;

namespace Linkage.Host.Commands;

/// <summary><c>audit verify</c>: walks every audit chain of the deployment's database and re-verifies
/// the chain heads lower tiers signed (docs/decisions/0403);
/// exit code 1 when anything is broken.</summary>
public static class AuditCommand
{
    public static async Task<int> RunAsync(IConfiguration config, FederationTrust? trust, string? action, TextWriter output)
    {
        if (action != "verify")
        {
            await Console.Error.WriteLineAsync("usage: audit verify");
            return 2;
        }
        var connectionString = config.GetConnectionString("Linkage") ?? throw new InvalidOperationException("ConnectionStrings:Linkage is not configured.");
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var report = await new AuditVerifier(dataSource).VerifyAsync(CancellationToken.None);
        foreach (var (chain, rows) in report.Chains) await output.WriteLineAsync($"chain {chain}: {rows} rows");
        foreach (var b in report.Breaks) await output.WriteLineAsync($"BROKEN {b.Chain} #{b.Seq}: {b.What}");
        var (heads, forged) = trust is null ? (0L, new List<string>()) : await ReceivedHeads.VerifyAsync(dataSource, trust, CancellationToken.None);
        foreach (var head in forged) await output.WriteLineAsync($"BROKEN received head {head}: its signature does not verify");
        await output.WriteLineAsync($"{heads} heads received from lower tiers, {heads - forged.Count} verified");
        var intact = report.Intact && forged.Count == 0;
        await output.WriteLineAsync(intact ? "audit trail intact" : $"audit trail broken: {report.Breaks.Count + forged.Count} breaks");
        return intact ? 0 : 1;
    }
}
