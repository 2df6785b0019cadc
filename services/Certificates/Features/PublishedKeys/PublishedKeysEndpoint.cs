using Linkage.Certificates.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Certificates.Features.PublishedKeys;

public static class PublishedKeysEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/keys/{orgUnitId}", Handle)
        .AllowAnonymous()
        .WithName("ListSigningKeys")
        .WithSummary("An issuing org unit's public SM2 keys, current and rotated, for offline verification (public).");

    private static async Task<Ok<Page<PublishedKeyView>>> Handle(string orgUnitId, PageRequest page, CertificatesDbContext db, CancellationToken ct)
    {
        var keys = await db.SigningKeys.AsNoTracking().Where(k => k.OrgUnitId == orgUnitId)
            .PageAsync(page, o => o.Desc(k => k.CreatedAt).Asc(k => k.Id), ct, withTotal: true);
        return TypedResults.Ok(keys.Map(PublishedKeyView.From));
    }
}
