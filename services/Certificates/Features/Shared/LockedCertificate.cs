using Linkage.Certificates.Domain;
using Linkage.Certificates.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Certificates.Features.Shared;

/// <summary>Runs a change to one certificate with its row locked (SELECT … FOR UPDATE), so two revocations or
/// re-issues at once give one change and one event; whatever <c>work</c> adds commits with it or not at all.</summary>
public static class LockedCertificate
{
    public static Task<TResult> WithLockedAsync<TResult>(
        this CertificatesDbContext db, string identifier, Func<Certificate, CancellationToken, Task<TResult>> work, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var certificate = await db.Certificates
                .FromSql($"SELECT * FROM certificates.certificates WHERE \"Identifier\" = {identifier} FOR UPDATE")
                .SingleAsync(token);
            var result = await work(certificate, token);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return result;
        }, ct);
}
