using Linkage.Certificates.Domain.Rules;
using Linkage.Certificates.Persistence;
using Linkage.Certificates.Signing;
using Linkage.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Certificates.Features.VerifyCertificate;

public static class VerifyCertificateEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/verify/{identifier}", ByIdentifier)
            .AllowAnonymous()
            .WithName("VerifyCertificate")
            .WithSummary("Public check of a licence identifier: seal, status, type, issuer, dates and the holder masked.");
        api.MapGet("/verify", ByQrCode)
            .AllowAnonymous()
            .WithName("VerifyCertificateQrCode")
            .WithSummary("Public check of a scanned QR payload (<identifier>~<seal>): the seal it carries must verify.");
    }

    private static async Task<Results<Ok<VerificationView>, InvalidRequest, ProblemHttpResult>> ByIdentifier(
        string identifier, CertificatesDbContext db, SealVerifier seals, TimeProvider clock, CancellationToken ct)
    {
        if (!LicenceIdentifier.TryParse(identifier, out var parsed, out var error))
            return Problems.Invalid("identifier", error ?? "Not a licence identifier.");
        return await VerifyAsync(parsed, null, db, seals, clock, ct);
    }

    private static async Task<Results<Ok<VerificationView>, InvalidRequest, ProblemHttpResult>> ByQrCode(
        string? qr, CertificatesDbContext db, SealVerifier seals, TimeProvider clock, CancellationToken ct)
    {
        if (!QrPayload.TryParse(qr, out var identifier, out var signature, out var error))
            return Problems.Invalid("qr", error ?? "Not a licence QR payload.");
        return await VerifyAsync(identifier, signature, db, seals, clock, ct);
    }

    private static async Task<Results<Ok<VerificationView>, InvalidRequest, ProblemHttpResult>> VerifyAsync(
        LicenceIdentifier identifier, byte[]? presented, CertificatesDbContext db, SealVerifier seals, TimeProvider clock, CancellationToken ct)
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
