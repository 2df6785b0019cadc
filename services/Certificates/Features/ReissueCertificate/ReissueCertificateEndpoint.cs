using Linkage.Certificates.Domain.Rules;
using Linkage.Kernel.Rules;
using Linkage.Certificates.Domain;
using Linkage.Certificates.Features.RevokeCertificate;
using Linkage.Certificates.Features.Shared;
using Linkage.Certificates.Features.StationDelivery;
using Linkage.Certificates.Persistence;
using Linkage.Certificates.Signing;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Certificates.Features.ReissueCertificate;

public static class ReissueCertificateEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapPost("/{identifier:regex(^\\d+\\.\\d)}/reissue", Handle)
        .WithName("ReissueCertificate")
        .WithSummary("Re-issues a valid licence (换发): version + 1, linked to its predecessor, which becomes superseded; sealed anew.");

    private static async Task<Results<Ok<CertificateView>, InvalidRequest, ProblemHttpResult>> Handle(
        string identifier, AmendmentRequest? request, HttpContext http, CertificatesDbContext db, SigningKeys keys,
        FederationOptions federation, TimeProvider clock, CancellationToken ct)
    {
        if (request?.ValidReason is not { } reason) return AmendmentRequest.Invalid();
        var caller = http.Caller();
        if (await RevokeCertificateEndpoint.AmendableAsync(db, identifier, caller) is { } refusal) return refusal;

        return await db.WithLockedAsync<Results<Ok<CertificateView>, InvalidRequest, ProblemHttpResult>>(identifier, async (c, token) =>
        {
            if (BusinessRule.FirstBroken(new CertificateMustBeCurrentRule(c)) is { } broken) return Problems.Conflict(broken);
            var now = clock.GetUtcNow();
            var next = c.Reissue(reason, now);
            var key = await keys.ActiveAsync(next.HandlingOrgUnitId, next.HandlingDivision, token);
            next.SignWith(key.Id, n => keys.Seal(key, CanonicalContent.Of(n)), now);
            db.Certificates.Add(next);
            db.Audit(caller, "certificate.reissued", "certificate", next.Identifier, new { caseId = next.CaseId, previous = identifier, reason });
            db.Publish(CertificateEvents.Issued(next), next.CaseId.ToString());
            StationCopies.FollowDown(db, federation, c, next, key.PublicKey, now);
            return TypedResults.Ok(CertificateView.From(next, ChinaTime.ToLocalDate(now)));
        }, ct);
    }
}
