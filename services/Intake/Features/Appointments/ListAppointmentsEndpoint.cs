using Linkage.Intake.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Features.Appointments;

/// <summary>Staff see the bookings of the centres in their subtree (the day's queue); applicants their own.</summary>
public static class ListAppointmentsEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/appointments", Handle).WithName("ListAppointments").WithSummary("Appointments: staff see their subtree's centres (the day's queue), applicants their own.");

    private static async Task<Ok<Page<AppointmentView>>> Handle(DateOnly? date, PageRequest page, HttpContext http, IntakeDbContext db, CancellationToken ct)
    {
        var caller = http.Caller();
        var query = db.Appointments.AsNoTracking();
        if (caller.IsStaff && !CaseReach.ReviewsOnly(caller)) query = query.Where(a => EF.Functions.Like(a.Division, caller.SubtreePattern));
        else query = query.Where(a => a.ApplicantDigest == (caller.IdDigest ?? CaseReach.Nothing));
        if (date is not null) query = query.Where(a => a.Date == date);
        var found = await query.PageAsync(page, o => o.Asc(a => a.Date).Asc(a => a.Start).Asc(a => a.Id), ct);
        return TypedResults.Ok(found.Map(a => AppointmentView.From(a)));
    }
}
