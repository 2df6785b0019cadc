using Linkage.Contracts.Events.Intake;
using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Linkage.Kernel;
using Linkage.ServiceDefaults.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Linkage.Intake.Features.Appointments;

/// <summary>An applicant books a window slot for a matter at the centre that handles it for them. The unique index
/// on (centre, date, start) makes a second booking of the same slot a 409, however close the race. One applicant
/// holds at most <c>Intake:AppointmentsPerApplicant</c> (default 3) upcoming slots per centre (decision 0315).</summary>
public static class BookAppointmentEndpoint
{
    public sealed record BookAppointmentRequest(string? MatterCode, DateOnly? Date, TimeOnly? Start);

    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/appointments", Handle)
        .RequireAuthorization(p => p.RequireRole(Roles.Applicant))
        .WithName("BookAppointment").WithSummary("Book a window slot for a matter at the centre that handles it for the applicant.");

    private static async Task<Results<Created<AppointmentView>, InvalidRequest, ProblemHttpResult>> Handle(
        BookAppointmentRequest request, HttpContext http, IntakeDbContext db, CatalogLookup catalog, TimeProvider clock,
        IConfiguration configuration, CancellationToken ct)
    {
        var caller = http.Caller();
        var errors = new FieldErrors();
        errors.Require(request.MatterCode is { Length: > 0 and <= 36 }, "matterCode", "A matter code of 1 to 36 characters is required.");
        errors.Require(request.Date is not null, "date", "A date is required.");
        errors.Require(request.Start is not null, "start", "A start time is required.");
        errors.Require(caller.IdDigest is not null && caller.Division is not null, "applicant", "Only a signed-in resident can book.");
        if (errors.Any) return Problems.Invalid(errors);
        var now = clock.GetUtcNow();
        if (AppointmentSlots.Violation(request.Date!.Value, request.Start!.Value, ChinaTime.ToLocalDate(now)) is { } slot)
            return Problems.Invalid("start", slot);
        var division = caller.Division!.Value.Value;
        var unit = await catalog.ResolveAsync(request.MatterCode!, division, "", ct);
        if (!unit.Found) return Problems.Invalid("matterCode", $"The matter is not handled for division {division}.");

        var cap = configuration.GetValue("Intake:AppointmentsPerApplicant", 3);
        var today = ChinaTime.ToLocalDate(now);
        if (await db.Appointments.CountAsync(a => a.ApplicantDigest == caller.IdDigest && a.OrgUnitId == unit.OrgUnitId && a.Date >= today, ct) >= cap)
            return Problems.Conflict($"You already hold {cap} upcoming appointments at {unit.OrgUnitName}; cancel one to book another.");

        var booking = new Appointment(Guid.CreateVersion7(now), request.MatterCode!, unit.OrgUnitId, unit.DivisionCode,
            request.Date.Value, request.Start.Value, caller.IdDigest!, caller.Name, caller.Subject, now);
        db.Appointments.Add(booking);
        db.Publish(new AppointmentBooked(booking.Id, booking.MatterCode, booking.OrgUnitId, booking.Division, booking.Date,
            booking.Start, booking.ApplicantDigest, now), booking.Id.ToString());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Problems.Conflict($"The slot {request.Date:yyyy-MM-dd} {request.Start:HH\\:mm} at {unit.OrgUnitName} is already booked.");
        }
        return TypedResults.Created($"/api/intake/appointments/{booking.Id}", AppointmentView.From(booking, unit.OrgUnitName));
    }
}
