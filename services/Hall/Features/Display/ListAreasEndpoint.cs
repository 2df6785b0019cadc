using Linkage.Hall.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Hall.Features.Display;

/// <summary>Public: the service areas of a centre, which a kiosk or a phone offers for taking a ticket.</summary>
public static class ListAreasEndpoint
{
    public sealed record AreaView(string Code, string Name);

    public static void Map(RouteGroupBuilder api) => api
        .MapGet("/centres/{centreId}/areas", async (string centreId, HallDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.Areas.AsNoTracking().Where(a => a.OrgUnitId == centreId).OrderBy(a => a.Code)
                .Select(a => new AreaView(a.Code, a.Name)).ToListAsync(ct)))
        .AllowAnonymous()
        .WithName("ListServiceAreas");
}
