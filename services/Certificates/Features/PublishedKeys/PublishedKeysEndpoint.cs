using Linkage.Certificates.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Certificates.Features.PublishedKeys;

public static class PublishedKeysEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/keys/{orgUnitId}", Handle)
        .AllowAnonymous()
        .WithName("ListSigningKeys")
        .WithSummary("An issuing org unit's public SM2 keys, current and rotated, for offline verification (public).");

    private static async Task<Ok<IReadOnlyList<PublishedKeyView>>> Handle(string orgUnitId, CertificatesDbContext db, CancellationToken ct)
    {
        var keys = await db.SigningKeys.AsNoTracking().Where(k => k.OrgUnitId == orgUnitId)
            .OrderByDescending(k => k.CreatedAt).Take(100).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<PublishedKeyView>>(keys.Select(PublishedKeyView.From).ToList());
    }
}
