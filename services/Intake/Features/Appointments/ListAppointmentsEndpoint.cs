using Linkage.Intake.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Features.Appointments;

/// <summary>Staff see the bookings of the centres in their subtree (the day's queue); applicants their own.</summary>
public static class ListAppointmentsEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/appointments", Handle).WithName("ListAppointments");

    private static async Task<Ok<IReadOnlyList<AppointmentView>>> Handle(DateOnly? date, HttpContext http, IntakeDbContext db, CancellationToken ct)
    {
        var caller = http.Caller();
        var query = db.Appointments.AsNoTracking();
        if (caller.IsStaff && !CaseReach.ReviewsOnly(caller)) query = query.Where(a => EF.Functions.Like(a.Division, caller.SubtreePattern));
        else query = query.Where(a => a.ApplicantDigest == (caller.IdDigest ?? CaseReach.Nothing));
        if (date is not null) query = query.Where(a => a.Date == date);
        var found = await query.OrderBy(a => a.Date).ThenBy(a => a.Start).Take(500).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<AppointmentView>>(found.Select(a => AppointmentView.From(a)).ToList());
    }
}
