using Linkage.Kernel;
using Linkage.Office.Domain;
using Linkage.Office.Features.Shared;
using Linkage.Office.Persistence;
using Linkage.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Office.Features.Posts;

/// <summary>POST /days-off <c>{subject, date, reason}</c>: the management records a staff member's day off (the
/// calendar AB角 reads). A day more than a week past or more than a year ahead is refused; recording it twice is harmless.</summary>
public static class DayOffEndpoint
{
    public sealed record DayOffRequest(string? Subject, DateOnly? Date, string? Reason);

    public sealed record DayOffView(string OrgUnitId, string Subject, DateOnly Date, string Reason);

    public static void Map(RouteGroupBuilder api) => api.MapPost("/days-off", Handle)
        .RequireAuthorization(p => p.RequireRole(Roles.CentreAdmin))
        .WithName("RecordDayOff")
        .WithSummary("Record a staff member's day off, so their B covers their posts (AB角).");

    private static async Task<Results<Created<DayOffView>, InvalidRequest, ProblemHttpResult>> Handle(
        DayOffRequest request, HttpContext http, OfficeDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        if (OfficeScope.ManagedCentre(caller) is not { } centre) return Problems.NotFound("Centre");
        var now = clock.GetUtcNow();
        var today = ChinaTime.ToLocalDate(now);
        var (subject, reason) = (Texts.Of(request.Subject, OfficeLimits.SubjectLength), Texts.Of(request.Reason, OfficeLimits.TextLength));
        var errors = new FieldErrors()
            .Require(subject is not null, "subject", "Whose day off: the staff member's subject.")
            .Require(reason is not null, "reason", $"A reason of 1 to {OfficeLimits.TextLength} characters.")
            .Require(request.Date is { } d && d >= today.AddDays(-OfficeLimits.DaysOffBackdating) && d <= today.AddDays(366),
                "date", $"A date from {OfficeLimits.DaysOffBackdating} days ago to a year ahead.");
        if (errors.Any) return Problems.Invalid(errors);

        var date = request.Date!.Value;
        if (!await db.DaysOff.AnyAsync(d => d.OrgUnitId == centre && d.Subject == subject && d.Date == date, ct))
        {
            db.DaysOff.Add(new DayOff(centre, subject!, date, reason!, caller.Subject, now));
            db.Audit(caller, "office.day-off", "staff", subject!, new { centre, date });
            if (!await OfficeWrite.SavedAsync(db, ct)) return Problems.Conflict(OfficeWrite.Raced);
        }
        return TypedResults.Created((string?)null, new DayOffView(centre, subject!, date, reason!));
    }
}
