using Linkage.Hall.Domain;
using Linkage.Hall.Features.Shared;
using Linkage.Hall.Persistence;
using Linkage.Kernel;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Linkage.Hall.Features.TakeTicket;

/// <summary>取号: a resident (phone), a kiosk (自助终端) or a clerk at the front desk takes a ticket for today.
/// An appointment redeemed here is one ticket only (409 on a second).</summary>
public static class TakeTicketEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/tickets", Handle)
        .RequireAuthorization(p => p.RequireRole(Roles.Applicant, Roles.Kiosk, Roles.WindowClerk))
        .WithMetadata(new KioskAllowed())
        .WithName("TakeTicket").WithSummary("Take a queue ticket (取号) for today, by phone, kiosk or at the front desk.");

    private static async Task<IResult> Handle(TakeTicketRequest request, HttpContext http, HallDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        var now = clock.GetUtcNow();
        var today = ChinaTime.ToLocalDate(now);
        var place = await TicketPlace.FindAsync(db, caller, HallCentre.Of(caller), request, today, ct);
        if (place is not { Area: { } area }) return place.Problem!;
        try
        {
            var ticket = await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                var sequence = await TicketNumbers.NextAsync(db, area.OrgUnitId, today, area.Code, token);
                var taken = Ticket.Take(Guid.CreateVersion7(now), area, today, sequence, place.Appointment, caller.Subject, now);
                db.Tickets.Add(taken);
                await db.SaveChangesAsync(token);
                await transaction.CommitAsync(token);
                return taken;
            }, ct);
            return TypedResults.Created($"/api/hall/tickets/{ticket.Id}", TicketView.From(ticket));
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Problems.Conflict("This appointment already has its ticket.");
        }
    }
}
