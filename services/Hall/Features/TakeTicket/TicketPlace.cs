using Linkage.Hall.Domain;
using Linkage.Hall.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Hall.Features.TakeTicket;

/// <summary>Where a ticket goes: the centre and area, and the appointment it redeems, or the problem (nothing is
/// written then). A resident's appointment is theirs only; a kiosk or clerk redeems those of its own centre.</summary>
public sealed record TicketPlace(ServiceArea? Area, BookedAppointment? Appointment, IResult? Problem)
{
    public static async Task<TicketPlace> FindAsync(
        HallDbContext db, CallerContext caller, string? ownCentre, TakeTicketRequest request, DateOnly today, CancellationToken ct)
    {
        var centre = ownCentre ?? request.CentreId;
        if (ownCentre is not null && request.CentreId is { } asked && asked != ownCentre) return Refused(Problems.NotFound($"Centre {asked}"));
        if (centre is null) return Refused(Problems.Invalid("centreId", "The centre is required."));
        if (request.AppointmentId is { } id) return await RedeemAsync(db, caller, ownCentre, centre, id, today, ct);
        if (request.AreaCode is not { Length: > 0 } code) return Refused(Problems.Invalid("areaCode", "A service area or an appointment is required."));
        var area = await db.Areas.AsNoTracking().SingleOrDefaultAsync(a => a.OrgUnitId == centre && a.Code == code, ct);
        return area is null ? Refused(Problems.Invalid("areaCode", "No such service area in this centre.")) : new(area, null, null);
    }

    private static async Task<TicketPlace> RedeemAsync(
        HallDbContext db, CallerContext caller, string? ownCentre, string centre, Guid id, DateOnly today, CancellationToken ct)
    {
        var appointment = await db.Appointments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.OrgUnitId == centre, ct);
        var mine = ownCentre is not null || (caller.IdDigest is not null && appointment?.ApplicantIdDigest == caller.IdDigest);
        if (appointment is null || !mine) return Refused(Problems.NotFound($"Appointment {id}"));
        if (appointment.Date != today) return Refused(Problems.Invalid("appointmentId", $"The appointment is for {appointment.Date:yyyy-MM-dd}, not today."));
        var area = await db.Areas.AsNoTracking().Where(a => a.OrgUnitId == centre && a.MatterCodes.Contains(appointment.MatterCode))
            .OrderBy(a => a.Code).FirstOrDefaultAsync(ct);
        return area is null
            ? Refused(Problems.Invalid("appointmentId", "No service area of this centre handles the appointment's matter."))
            : new(area, appointment, null);
    }

    private static TicketPlace Refused(IResult problem) => new(null, null, problem);
}
