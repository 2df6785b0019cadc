using Linkage.Hall.Domain;
using Linkage.Hall.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Hall.Features.Shared;

/// <summary>Runs one action of a window with the window's row locked (SELECT … FOR UPDATE): two clicks at one window
/// act one after the other, and whatever the action changes commits together or not at all. Null: no such window
/// in the caller's centre.</summary>
public static class WindowDesk
{
    public static Task<TResult?> WithWindowAsync<TResult>(
        this HallDbContext db, string centre, string code, Func<HallWindow, Ticket?, CancellationToken, Task<TResult>> work,
        CancellationToken ct) where TResult : class =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var window = await db.Windows
                .FromSql($"SELECT *, xmin FROM hall.windows WHERE \"OrgUnitId\" = {centre} AND \"Code\" = {code} FOR UPDATE")
                .SingleOrDefaultAsync(token);
            if (window is null) return null;
            var current = await db.Tickets.SingleOrDefaultAsync(
                t => t.OrgUnitId == centre && t.WindowCode == code && t.Status == TicketStatus.Called, token);
            var result = await work(window, current, token);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return result;
        }, ct);
}
