using Linkage.Kernel;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Shared;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.GetCase;

public static class GetSupervisedCaseEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapGet("/cases/{caseId:guid}", Handle)
        .WithName("GetSupervisedCase")
        .WithSummary("A case's timeline, due date, status and punctuality.");

    private static async Task<Results<Ok<SupervisedCaseView>, ProblemHttpResult>> Handle(
        Guid caseId, HttpContext http, SupervisionDbContext db, DeadlineAlertPolicy alerts, TimeProvider clock, CancellationToken ct)
    {
        var found = await db.Cases.AsNoTracking().VisibleTo(db.CaseDepartments, http.Caller()).FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (found is null) return Problems.NotFound($"Case {caseId}");
        var alert = found.Status == SupervisedCaseStatus.Open && found.ClockRunning ? AlertOn(alerts, ChinaTime.Today(clock), found.DueDate) : null;
        return TypedResults.Ok(SupervisedCaseView.From(found, alert));
    }

    /// <summary>No alert rather than an error when the due date lies in a year whose calendar is not loaded yet.</summary>
    private static AlertLevel? AlertOn(DeadlineAlertPolicy rule, DateOnly today, DateOnly dueDate)
    {
        try
        {
            return rule.LevelOn(today, dueDate);
        }
        catch (CalendarNotAnnouncedException)
        {
            return null;
        }
    }
}
