using Linkage.Hall.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Hall.Features.Display;

/// <summary>Public: the service areas of a centre, which a kiosk or a phone offers for taking a ticket.</summary>
public static class ListAreasEndpoint
{
    public sealed record AreaView(string Code, string Name);

    public static void Map(RouteGroupBuilder api) => api
        .MapGet("/centres/{centreId}/areas", async (string centreId, PageRequest page, HallDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await db.Areas.AsNoTracking().Where(a => a.OrgUnitId == centreId)
                .PageAsync(page, o => o.Asc(a => a.Code), ct, withTotal: true)).Map(a => new AreaView(a.Code, a.Name))))
        .AllowAnonymous()
        .WithName("ListServiceAreas").WithSummary("The service areas of a centre a kiosk or phone offers for taking a ticket (public).");
}
