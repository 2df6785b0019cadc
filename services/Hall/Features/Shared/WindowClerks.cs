using Linkage.Contracts.Events.Hall;
using Linkage.Hall.Domain;
using Linkage.Hall.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Hall.Features.Shared;

/// <summary>上岗: one clerk at a window, one window per clerk in a centre. Signing on at a window signs the clerk off the
/// centre's other windows and signs off whoever sat there; every change is announced for intake (decision 0527).
/// Runs inside <see cref="WindowDesk"/>, with the window's row locked; the clerk's other windows are locked as they are
/// read, so their row versions (xmin) still hold at the save.</summary>
public static class WindowClerks
{
    public static async Task SignOnAsync(HallDbContext db, HallWindow window, string clerk, DateTimeOffset now, CancellationToken ct)
    {
        if (window.ClerkSubject == clerk) return;
        var elsewhere = await db.Windows.FromSql($"""
            SELECT *, xmin FROM hall.windows
            WHERE "OrgUnitId" = {window.OrgUnitId} AND "ClerkSubject" = {clerk} AND "Code" <> {window.Code} FOR UPDATE
            """).ToListAsync(ct);
        foreach (var other in elsewhere) other.SignOff();
        if (window.ClerkSubject is { } displaced) Announce(db, window, displaced, null, now);
        window.SignOn(clerk, now);
        Announce(db, window, clerk, window.Code, now);
    }

    public static void SignOff(HallDbContext db, HallWindow window, string clerk, DateTimeOffset now)
    {
        window.SignOff();
        Announce(db, window, clerk, null, now);
    }

    private static void Announce(HallDbContext db, HallWindow window, string clerk, string? code, DateTimeOffset now) =>
        db.Publish(new ClerkWindowChanged(clerk, window.OrgUnitId, window.Division, code, now), clerk);
}
