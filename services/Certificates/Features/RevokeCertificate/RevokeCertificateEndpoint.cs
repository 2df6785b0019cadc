using Linkage.Certificates.Features.Shared;
using Linkage.Certificates.Persistence;
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

    private static Task<Results<Ok<CertificateView>, InvalidRequest, ProblemHttpResult>> Handle(
        string identifier, AmendmentRequest? request, HttpContext http, RevokeCertificateHandler handler, CancellationToken ct) =>
        handler.HandleAsync(identifier, request, http.Caller(), ct);

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
