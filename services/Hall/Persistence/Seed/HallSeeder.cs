using Linkage.Hall.Domain;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Hall.Persistence.Seed;

/// <summary>The demo county centre's hall: area A (综合受理, food permits queue there), area B (不动产与社保), and
/// three windows: 01 calls A, 02 calls A and B, 03 calls B. Written once.</summary>
public sealed class HallSeeder(HallDbContext db)
{
    public const string Centre = "ou-350926-centre";
    public const string Division = "350926000000";

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Areas.AnyAsync(a => a.OrgUnitId == Centre, ct)) return;
        db.Areas.AddRange(
            new ServiceArea(Centre, Division, "A", "综合受理", ["000121010000", "000121011000"]),
            new ServiceArea(Centre, Division, "B", "不动产与社保", []));
        db.Windows.AddRange(
            new HallWindow(Centre, Division, "01", "1号窗口", ["A"]),
            new HallWindow(Centre, Division, "02", "2号窗口", ["A", "B"]),
            new HallWindow(Centre, Division, "03", "3号窗口", ["B"]));
        await db.SaveChangesAsync(ct);
    }
}
