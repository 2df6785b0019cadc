using Linkage.Certificates.Domain;
using Linkage.Certificates.Domain.Rules;
using Linkage.Certificates.Features.Shared;
using Linkage.Certificates.Features.StationDelivery;
using Linkage.Certificates.Persistence;
using Linkage.Kernel;
using Linkage.Kernel.Rules;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Certificates.Features.RevokeCertificate;

/// <summary>Revokes a current licence with its reason, audited, CertificateRevoked through the outbox in the same save,
/// and down to a station's deployment that keeps a copy (decision 0528).</summary>
public sealed class RevokeCertificateHandler(CertificatesDbContext db, FederationOptions federation, TimeProvider clock)
{
    public async Task<Results<Ok<CertificateView>, InvalidRequest, ProblemHttpResult>> HandleAsync(
        string identifier, AmendmentRequest? request, CallerContext caller, CancellationToken ct)
    {
        if (request?.ValidReason is not { } reason) return AmendmentRequest.Invalid();
        if (await RevokeCertificateEndpoint.AmendableAsync(db, identifier, caller) is { } refusal) return refusal;
        return await db.WithLockedAsync(identifier, (c, _) => Task.FromResult(Revoke(c, reason, caller, clock.GetUtcNow())), ct);
    }

    private Results<Ok<CertificateView>, InvalidRequest, ProblemHttpResult> Revoke(Certificate c, string reason, CallerContext caller, DateTimeOffset now)
    {
        if (BusinessRule.FirstBroken(new CertificateMustBeCurrentRule(c)) is { } broken) return Problems.Conflict(broken);
        c.Revoke(reason, caller.Subject, now);
        db.Audit(caller, "certificate.revoked", "certificate", c.Identifier, new { caseId = c.CaseId, reason });
        db.Publish(CertificateEvents.Revoked(c), c.CaseId.ToString());
        StationCopies.FollowDown(db, federation, c, null, null, now);
        return TypedResults.Ok(CertificateView.From(c, ChinaTime.ToLocalDate(now)));
    }
}
