using Linkage.Messaging;
using Npgsql;

namespace Linkage.Host.Commands;

/// <summary><c>audit verify</c>: walks every audit chain of the deployment's database (docs/decisions/0403);
/// exit code 1 when anything is broken.</summary>
public static class AuditCommand
{
    public static async Task<int> RunAsync(IConfiguration config, string? action, TextWriter output)
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
        await output.WriteLineAsync(report.Intact ? "audit trail intact" : $"audit trail broken: {report.Breaks.Count} breaks");
        return report.Intact ? 0 : 1;
    }
}
