using Linkage.Hall.Domain;
using Linkage.Hall.Persistence;
using Linkage.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Hall.Features.Display;

/// <summary>Public: the called-number screen (叫号屏) of a centre, and the service areas a kiosk offers.</summary>
public static class DisplayEndpoint
{
    public const int Shown = 12;

    public static void Map(RouteGroupBuilder api) => api
        .MapGet("/centres/{centreId}/display", Handle)
        .AllowAnonymous()
        .WithName("HallDisplay").WithSummary("The called-number screen (叫号屏) of a centre (public).");

    private static async Task<IResult> Handle(string centreId, HallDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var areas = await db.Areas.AsNoTracking().Where(a => a.OrgUnitId == centreId).OrderBy(a => a.Code).ToListAsync(ct);
        if (areas.Count == 0) return Problems.NotFound($"Centre {centreId}");
        var day = ChinaTime.ToLocalDate(clock.GetUtcNow());
        var today = db.Tickets.AsNoTracking().Where(t => t.OrgUnitId == centreId && t.Day == day);
        var names = await db.Windows.AsNoTracking().Where(w => w.OrgUnitId == centreId).ToDictionaryAsync(w => w.Code, w => w.Name, ct);
        var called = (await today.Where(t => t.Status == TicketStatus.Called).OrderByDescending(t => t.AnnouncedAt).Take(Shown)
                .Select(t => new { t.Number, t.WindowCode, t.AnnouncedAt, t.Recalls }).ToListAsync(ct))
            .Select(t => new CalledNumber(t.Number, t.WindowCode!, names.GetValueOrDefault(t.WindowCode!, t.WindowCode!), t.AnnouncedAt!.Value, t.Recalls))
            .ToList();
        var waiting = await today.Where(t => t.Status == TicketStatus.Waiting).GroupBy(t => t.AreaCode)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return TypedResults.Ok(new DisplayView(centreId, day, called,
            areas.Select(a => new AreaQueue(a.Code, a.Name, waiting.GetValueOrDefault(a.Code))).ToList()));
    }
}
