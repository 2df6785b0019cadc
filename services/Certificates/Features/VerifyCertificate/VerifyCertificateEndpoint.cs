using Linkage.Certificates.Domain.Rules;
using Linkage.Certificates.Persistence;
using Linkage.Kernel;
using Linkage.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Certificates.Features.VerifyCertificate;

public static class VerifyCertificateEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/verify/{identifier}", Handle)
        .AllowAnonymous()
        .WithName("VerifyCertificate")
        .WithSummary("Public check of a licence identifier: status, type, issuer, dates and the holder masked.");

    private static async Task<Results<Ok<VerificationView>, InvalidRequest, ProblemHttpResult>> Handle(
        string identifier, CertificatesDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (!LicenceIdentifier.TryParse(identifier, out var parsed, out var error))
            return Problems.Invalid("identifier", error ?? "Not a licence identifier.");

        var canonical = parsed.ToString();
        var c = await db.Certificates.AsNoTracking().FirstOrDefaultAsync(x => x.Identifier == canonical, ct);
        if (c is null) return Problems.NotFound($"Certificate {canonical}");

        var status = new EffectiveStatusRule(ChinaTime.ToLocalDate(clock.GetUtcNow())).Of(c);
        return TypedResults.Ok(new VerificationView(c.Identifier, status, c.TypeCode, c.TypeName, c.Number, c.IssuerCreditCode,
            c.IssuedOn, c.ValidFrom, c.ValidUntil, new MaskedHolderView(HolderNameMask.Apply(c.Holder.Name), c.Holder.MaskedId),
            c.Version, c.Signature is not null));
    }
}
