using Linkage.Office.Domain;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Office.Persistence.Seed;

/// <summary>The demo county centre's office rules (decision 0506): refusals reported within a day, late notices filed
/// after 5 days; a full letter (授权率 100%) for each department with staff at the centre, so every demo flow passes
/// the gate; two AB posts — the comprehensive window and market regulation's. Written once.</summary>
public sealed class OfficeSeeder(OfficeDbContext db, TimeProvider clock)
{
    public const string Centre = "ou-350926-centre";
    public const string Division = "350926000000";
    private const string By = "seed";

    private static readonly (string Id, string Name)[] Departments =
    [
        ("dep-350926-scjg", "县市场监管局"), ("dep-350926-wsjk", "县卫生健康局"), ("dep-350926-xfjy", "县消防救援大队"),
        ("dep-350926-gaj", "县公安局"), ("dep-350926-swj", "县税务局"), ("dep-350926-rsj", "县人社局"), ("dep-350926-gjj", "公积金柘荣管理部"),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Rules.AnyAsync(r => r.OrgUnitId == Centre, ct)) return;
        var now = clock.GetUtcNow();
        db.Rules.Add(CentreRules.Default(Centre, Division));
        foreach (var (id, name) in Departments)
        {
            var letter = new WindowAuthorisation(Centre, Division, id);
            letter.Grant(name, Enum.GetValues<WindowPower>(), By, now);
            db.Authorisations.Add(letter);
        }
        db.Posts.AddRange(
            Post("01", "综合受理窗口", ("clerk", "吴建国（县中心综合窗口）"), ("hall-admin", "柘荣县行政服务中心管理办")),
            Post("scjg", "市场监管窗口", ("reviewer-scjg", "郑丽（县市场监管局）"), ("chief", "叶健梅（首席代表）")));
        await db.SaveChangesAsync(ct);
    }

    private static WindowPost Post(string code, string name, (string Subject, string Name) a, (string Subject, string Name) b)
    {
        var post = new WindowPost(Centre, Division, code);
        post.Staff(name, a.Subject, a.Name, b.Subject, b.Name);
        return post;
    }
}
