using Linkage.Office.Domain;
using Linkage.Office.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Office.Features.Posts;

/// <summary>Who works a post on a day: its A, or its B when the A has a day off then (替岗).</summary>
public static class Cover
{
    public static async Task<bool> IsOffAsync(OfficeDbContext db, string centre, string subject, DateOnly day, CancellationToken ct) =>
        await db.DaysOff.AnyAsync(d => d.OrgUnitId == centre && d.Subject == subject && d.Date == day, ct);

    /// <summary>The posts of a centre the caller works on <paramref name="day"/>, and whether as cover for an absent A.</summary>
    public static async Task<IReadOnlyList<(WindowPost Post, bool Covering)>> PostsWorkedByAsync(
        OfficeDbContext db, string centre, string subject, DateOnly day, CancellationToken ct)
    {
        var posts = await db.Posts.AsNoTracking().Where(p => p.OrgUnitId == centre && (p.A == subject || p.B == subject)).ToListAsync(ct);
        var absent = await db.DaysOff.AsNoTracking().Where(d => d.OrgUnitId == centre && d.Date == day).Select(d => d.Subject).ToListAsync(ct);
        return posts.Where(p => p.A == subject ? !absent.Contains(subject) : absent.Contains(p.A))
            .Select(p => (p, p.B == subject && p.A != subject)).ToList();
    }
}
