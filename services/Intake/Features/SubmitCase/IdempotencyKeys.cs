using System.Security.Cryptography;
using System.Text.Json;
using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Microsoft.EntityFrameworkCore;
using Linkage.ServiceDefaults.Hosting;
using Microsoft.Extensions.Configuration;

namespace Linkage.Intake.Features.SubmitCase;

/// <summary>An <c>Idempotency-Key</c> answers with its first case only for the same request body (SHA-256 of the
/// body as bound) and only for <c>Intake:IdempotencyKeyLifetime</c> (default 24 h); after that the key is free again
/// and the sweep deletes it (docs/decisions/0314).</summary>
public sealed class IdempotencyKeys(IntakeDbContext db, IConfiguration configuration, TimeProvider clock) : ISweep
{
    public static string IntervalKey => "Intake:SweepInterval";

    public Task<int> RunAsync(CancellationToken ct) => SweepAsync(ct);

    public TimeSpan Lifetime { get; } = configuration.GetValue("Intake:IdempotencyKeyLifetime", TimeSpan.FromHours(24));

    public static string HashOf(SubmitCaseRequest request) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request)));

    /// <summary>The case this key created for this body; <c>Reused</c> when the key came with another body.</summary>
    public async Task<(IntakeCase? First, bool Reused)> FindAsync(string subject, string key, string hash, CancellationToken ct)
    {
        var record = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.CallerSubject == subject && r.Key == key, ct);
        if (record is null) return (null, false);
        if (record.CreatedAt < clock.GetUtcNow() - Lifetime)
        {
            // expired: the key is free for a new request (the sweep would have deleted it)
            await db.IdempotencyRecords.Where(r => r.CallerSubject == subject && r.Key == key).ExecuteDeleteAsync(ct);
            return (null, false);
        }
        if (record.RequestHash is not null && record.RequestHash != hash) return (null, true);
        return (await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == record.CaseId, ct), false);
    }

    /// <summary>Deletes expired keys; returns how many.</summary>
    public Task<int> SweepAsync(CancellationToken ct)
    {
        var before = clock.GetUtcNow() - Lifetime;
        return db.IdempotencyRecords.Where(r => r.CreatedAt < before).ExecuteDeleteAsync(ct);
    }
}
