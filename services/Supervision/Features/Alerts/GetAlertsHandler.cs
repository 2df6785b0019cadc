using Linkage.Kernel;
using Linkage.ServiceDefaults.Json;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Shared;
using Linkage.Supervision.Persistence;

namespace Linkage.Supervision.Features.Alerts;

/// <summary>Yellow and red cards on open cases in a subtree within the caller's own; a division outside it is 404.</summary>
public sealed class GetAlertsHandler(SupervisionDbContext db, DeadlineAlertPolicy rule, TimeProvider clock)
{
    public async Task<Results<Ok<Page<AlertView>>, InvalidRequest, ProblemHttpResult>> HandleAsync(
        string? division, string? level, PageRequest page, CallerContext caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var code = SubtreeParameter.Parse(division, caller, errors);
        var wanted = LevelOf(level, errors);
        if (errors.Any) return Problems.Invalid(errors);
        if (SubtreeParameter.Within(code, caller) is not { } subtree) return Problems.NotFound($"Division {division}");

        try
        {
            return TypedResults.Ok(await AlertsQuery.ListAsync(db, subtree.Pattern, caller, rule, wanted, ChinaTime.Today(clock), page, ct));
        }
        catch (CalendarNotAnnouncedException e)
        {
            // Loud, not guessed: yellow cards need next year's State Council holiday notice in the Kernel's calendar data.
            return TypedResults.Problem(e.Message, title: "Working-day calendar missing",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static AlertLevel? LevelOf(string? level, FieldErrors errors)
    {
        if (level is null) return null;
        if (KebabEnum.TryParse<AlertLevel>(level, out var parsed)) return parsed;
        errors.Add("level", "Use 'yellow' or 'red'.");
        return null;
    }
}
