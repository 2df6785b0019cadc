using Linkage.Certificates.Domain.Rules;
using Linkage.Certificates.Persistence;
using Linkage.Certificates.Signing;
using Linkage.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Certificates.Features.VerifyCertificate;

/// <summary>The public check, by identifier or by the scanned QR payload, whose seal must then verify too.</summary>
public sealed class VerifyCertificateHandler(CertificatesDbContext db, SealVerifier seals, TimeProvider clock)
{
    public async Task<Results<Ok<VerificationView>, InvalidRequest, ProblemHttpResult>> ByIdentifierAsync(string? identifier, CancellationToken ct)
    {
        if (!LicenceIdentifier.TryParse(identifier, out var parsed, out var error))
            return Problems.Invalid("identifier", error ?? "Not a licence identifier.");
        return await VerifyAsync(parsed, null, ct);
    }

    public async Task<Results<Ok<VerificationView>, InvalidRequest, ProblemHttpResult>> ByQrCodeAsync(string? qr, CancellationToken ct)
    {
        if (!QrPayload.TryParse(qr, out var identifier, out var signature, out var error))
            return Problems.Invalid("qr", error ?? "Not a licence QR payload.");
        return await VerifyAsync(identifier, signature, ct);
    }

    private async Task<Results<Ok<VerificationView>, InvalidRequest, ProblemHttpResult>> VerifyAsync(
        LicenceIdentifier identifier, byte[]? presented, CancellationToken ct)
    {
        var canonical = identifier.ToString();
        var c = await db.Certificates.AsNoTracking().FirstOrDefaultAsync(x => x.Identifier == canonical, ct);
        if (c is null) return Problems.NotFound($"Certificate {canonical}");

        var valid = presented is null ? await seals.VerifyAsync(c, ct) : await seals.VerifyAsync(c, presented, ct);
        var status = new EffectiveStatusPolicy(ChinaTime.ToLocalDate(clock.GetUtcNow())).Of(c);
        var successor = status == Domain.CertificateStatus.Superseded
            ? await db.Certificates.AsNoTracking().Where(x => x.PredecessorId == c.Id).Select(x => x.Identifier).FirstOrDefaultAsync(ct)
            : null;
        return TypedResults.Ok(VerificationView.From(c, status, valid, successor));
    }
}
