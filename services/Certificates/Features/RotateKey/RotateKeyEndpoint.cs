using Linkage.Certificates.Features.PublishedKeys;
using Linkage.Certificates.Persistence;
using Linkage.Certificates.Signing;
using Microsoft.EntityFrameworkCore;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Certificates.Features.RotateKey;

public static class RotateKeyEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapPost("/keys/{orgUnitId}/rotation", Handle)
        .WithName("RotateSigningKey")
        .WithSummary("Retires the org unit's active key (it keeps verifying what it signed) and makes a new one "
            + "(the centre's admin, or a tier admin above it).");

    private static async Task<Results<Ok<PublishedKeyView>, ProblemHttpResult>> Handle(
        string orgUnitId, HttpContext http, CertificatesDbContext db, SigningKeys keys, CancellationToken ct)
    {
        var caller = http.Caller();
        var active = await db.SigningKeys.AsNoTracking().FirstOrDefaultAsync(k => k.OrgUnitId == orgUnitId && k.RetiredAt == null, ct);
        if (active is null || !MayRotate(caller, active.OrgUnitId, active.Division)) return Problems.NotFound($"Signing key of {orgUnitId}");

        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var rotated = await keys.RotateAsync(orgUnitId, active.Division, token);
            db.Audit(caller, "signing-key.rotated", "org-unit", orgUnitId, new { division = active.Division });
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return (Results<Ok<PublishedKeyView>, ProblemHttpResult>)TypedResults.Ok(PublishedKeyView.From(rotated));
        }, ct);
    }

    private static bool MayRotate(CallerContext caller, string orgUnitId, string division) =>
        (caller.Has(Roles.CentreAdmin) && caller.OrgUnitId == orgUnitId) || (caller.Has(Roles.TierAdmin) && caller.CanSee(division));
}
