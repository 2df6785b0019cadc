using Linkage.Contracts.Events.Hall;
using Linkage.Hall.Domain;
using Linkage.Hall.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Hall.Features.Shared;

/// <summary>上岗: one clerk at a window, one window per clerk in a centre. Signing on at a window signs the clerk off the
/// centre's other windows and signs off whoever sat there; every change is announced for intake (decision 0527).
/// Runs inside <see cref="WindowDesk"/>, with the window's row locked.</summary>
public static class WindowClerks
{
    public static async Task SignOnAsync(HallDbContext db, HallWindow window, string clerk, DateTimeOffset now, CancellationToken ct)
    {
        if (window.ClerkSubject == clerk) return;
        var elsewhere = await db.Windows
            .Where(w => w.OrgUnitId == window.OrgUnitId && w.ClerkSubject == clerk && w.Code != window.Code).ToListAsync(ct);
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
