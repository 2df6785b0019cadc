using Linkage.Contracts.Federation;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Linkage.ServiceDefaults.Audit;

/// <summary>Signs the head of each of the module's audit chains (its lanes, 0580) when it has grown (SM2, the
/// deployment's federation key), keeps the signed head in <c>audit.signed_heads</c> and tells the tier above over the federation bus, in one transaction
/// (docs/decisions/0404). A deployment that serves everything, or a province, has no tier above and only keeps it.
/// A pass first asks which chains moved, in one autocommit read for all of them, and opens a transaction only for
/// those: an idle pass costs that read and no transaction (decision 0634).</summary>
public sealed class AuditHeadSigning<TContext>(TContext db, FederationKeys keys, FederationOptions options, TimeProvider clock) : ISweep
    where TContext : ModuleDbContext
{
    public static string IntervalKey => "Linkage:Audit:HeadInterval";

    private const string Moved = """
        SELECT c.chain AS "Value" FROM unnest(@chains) AS c(chain)
        WHERE EXISTS (SELECT 1 FROM audit.audit_log l WHERE l.chain = c.chain
            AND l.seq > coalesce((SELECT max(seq) FROM audit.signed_heads h WHERE h.chain = c.chain), 0))
        """;

    private const string NewHead = """
        SELECT seq, hash FROM audit.audit_log
        WHERE chain = @chain AND seq > coalesce((SELECT max(seq) FROM audit.signed_heads WHERE chain = @chain), 0)
        ORDER BY seq DESC LIMIT 1
        """;

    private const string Keep = """
        INSERT INTO audit.signed_heads (chain, seq, hash, signed_at, signer, key_id, signature)
        VALUES (@chain, @seq, @hash, @at, @signer, @key, @signature) ON CONFLICT DO NOTHING
        """;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var signed = 0;
        foreach (var chain in await MovedAsync(ct)) signed += await SignAsync(chain, ct);
        return signed;
    }

    private Task<List<string>> MovedAsync(CancellationToken ct) =>
        db.Database.SqlQueryRaw<string>(Moved, new NpgsqlParameter("chains", db.AuditChains.ToArray())).ToListAsync(ct);

    private Task<int> SignAsync(string chain, CancellationToken ct) => db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
    {
        db.ChangeTracker.Clear();
        await using var tx = await db.Database.BeginTransactionAsync(token);
        var head = await NewHeadAsync(chain, tx, token);
        if (head is null) return 0;
        var signature = keys.Sign(head.Content());
        await using var keep = Command(chain, tx, Keep, ("seq", head.Seq), ("hash", head.Hash), ("at", head.SignedAt), ("signer", head.Signer),
            ("key", keys.ActiveKeyId), ("signature", signature));
        if (await keep.ExecuteNonQueryAsync(token) == 0) return 0;
        if (options.Above is { } target)
            db.PublishFederated(new AuditHeadSigned(head.Signer, head.Chain, head.Seq, Convert.ToBase64String(head.Hash), head.SignedAt,
                keys.ActiveKeyId, Convert.ToBase64String(signature), options.Scope.Serves[0]),
                new FederationRoute(AuditHeadSigned.Type, $"audit:{head.Signer}:{head.Chain}", target));
        await db.SaveChangesAsync(token);
        await tx.CommitAsync(token);
        return 1;
    }, ct);

    private async Task<AuditHead?> NewHeadAsync(string chain, IDbContextTransaction tx, CancellationToken ct)
    {
        await using var cmd = Command(chain, tx, NewHead);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        var now = clock.GetUtcNow();
        return new AuditHead(options.AppId, chain, reader.GetInt64(0), (byte[])reader[1],
            now.AddTicks(-(now.UtcTicks % TimeSpan.TicksPerMicrosecond)));
    }

    private NpgsqlCommand Command(string chain, IDbContextTransaction tx, string sql, params (string Name, object Value)[] parameters)
    {
        var cmd = new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)tx.GetDbTransaction());
        cmd.Parameters.AddWithValue("chain", chain);
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value);
        return cmd;
    }
}
