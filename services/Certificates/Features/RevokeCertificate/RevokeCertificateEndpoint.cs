using Linkage.Certificates.Domain.Rules;
using Linkage.Kernel.Rules;
using Linkage.Certificates.Domain;
using Linkage.Certificates.Features.Shared;
using Linkage.Certificates.Persistence;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Certificates.Features.RevokeCertificate;

/// <summary><c>{ "reason": "..." }</c> for a revocation or re-issue; the reason is required.</summary>
public sealed record AmendmentRequest(string? Reason)
{
    public const int MaxReason = 2000;

    public string? ValidReason => Reason?.Trim() is { Length: > 0 and <= MaxReason } reason ? reason : null;

    public static InvalidRequest Invalid() => Problems.Invalid("reason", $"A reason (at most {MaxReason} characters) is required.");
}

public static class RevokeCertificateEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapPost("/{identifier:regex(^\\d+\\.\\d)}/revocation", Handle)
        .WithName("RevokeCertificate")
        .WithSummary("Revokes a valid licence with its reason (centre admin, tier admin or chief representative in scope).");

    public static async Task<Results<Ok<CertificateView>, InvalidRequest, ProblemHttpResult>> Handle(
        string identifier, AmendmentRequest? request, HttpContext http, CertificatesDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (request?.ValidReason is not { } reason) return AmendmentRequest.Invalid();
        var caller = http.Caller();
        if (await AmendableAsync(db, identifier, caller) is { } refusal) return refusal;

        return await db.WithLockedAsync(identifier, (c, _) => Task.FromResult(Revoke(c, reason, caller, db, clock.GetUtcNow())), ct);
    }

    private static Results<Ok<CertificateView>, InvalidRequest, ProblemHttpResult> Revoke(
        Certificate c, string reason, CallerContext caller, CertificatesDbContext db, DateTimeOffset now)
    {
        if (BusinessRule.FirstBroken(new CertificateMustBeCurrentRule(c)) is { } broken) return Problems.Conflict(broken);
        c.Revoke(reason, caller.Subject, now);
        db.Audit(caller, "certificate.revoked", "certificate", c.Identifier, new { caseId = c.CaseId, reason });
        db.Publish(CertificateEvents.Revoked(c), c.CaseId.ToString());
        return TypedResults.Ok(CertificateView.From(c, ChinaTime.ToLocalDate(now)));
    }

    /// <summary>404 if the caller cannot see the certificate, 403 if they see it but hold no amending role.</summary>
    public static async Task<ProblemHttpResult?> AmendableAsync(CertificatesDbContext db, string identifier, CallerContext caller)
    {
        var visible = caller.IsStaff && await db.Certificates.AsNoTracking().VisibleTo(db.CaseDepartments, caller).AnyAsync(c => c.Identifier == identifier);
        if (!visible) return Problems.NotFound($"Certificate {identifier}");
        return CertificateActors.MayAmend(caller) ? null
            : TypedResults.Problem("Revocation and re-issue take a centre admin, a tier admin or the chief representative.",
                statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
    }
}
