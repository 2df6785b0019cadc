using Linkage.Contracts.Events.Intake;
using Linkage.Intake.Persistence;
using Linkage.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Features.Appointments;

/// <summary>The applicant cancels an upcoming appointment of their own; the slot is free again. Anyone else's
/// appointment is 404 (decision 0315).</summary>
public static class CancelAppointmentEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapDelete("/appointments/{id:guid}", Handle)
        .RequireAuthorization(p => p.RequireRole(Roles.Applicant))
        .WithName("CancelAppointment").WithSummary("Cancel the caller's own upcoming appointment; the slot is free again.");

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        Guid id, HttpContext http, IntakeDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        var today = ChinaTime.ToLocalDate(clock.GetUtcNow());
        var own = db.Appointments.Where(a => a.Id == id && caller.IdDigest != null && a.ApplicantDigest == caller.IdDigest);
        if (!await own.AnyAsync(ct)) return Problems.NotFound($"Appointment {id}");
        var upcoming = await own.Where(a => a.Date >= today).FirstOrDefaultAsync(ct);
        if (upcoming is null) return Problems.Conflict("A past appointment cannot be cancelled.");
        db.Appointments.Remove(upcoming);
        db.Publish(new AppointmentCancelled(id, clock.GetUtcNow()), id.ToString());
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
