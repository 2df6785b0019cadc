using Linkage.ServiceDefaults.Json;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Shared;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.Alarms;

public static class ListAlarmsEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapGet("/alarms", Handle)
        .WithName("ListSupervisionAlarms")
        .WithSummary("Persisted alarms in a subtree, newest first; open ones (raised or acknowledged) unless state= says otherwise; level= and kind= narrow them.");

    private static async Task<Results<Ok<Page<AlarmView>>, InvalidRequest, ProblemHttpResult>> Handle(
        string? division, [OneOf<AlarmState>] string? state, [OneOf<AlertLevel>] string? level, [OneOf<AlarmKind>] string? kind,
        Guid? caseId, PageRequest page, HttpContext http, SupervisionDbContext db, CancellationToken ct)
    {
        var caller = http.Caller();
        var errors = new FieldErrors();
        var code = SubtreeParameter.Parse(division, caller, errors);
        var wanted = Parse<AlarmState>(state, "state", errors);
        var colour = Parse<AlertLevel>(level, "level", errors);
        var sort = Parse<AlarmKind>(kind, "kind", errors);
        if (errors.Any) return Problems.Invalid(errors);
        if (SubtreeParameter.Within(code, caller) is not { } subtree) return Problems.NotFound($"Division {division}");

        var alarms = db.Alarms.AsNoTracking().VisibleTo(caller).Where(a => EF.Functions.Like(a.HandlingDivision, subtree.Pattern));
        if (caseId is { } id) alarms = alarms.Where(a => a.CaseId == id);
        if (colour is { } l) alarms = alarms.Where(a => a.Level == l);
        if (sort is { } k) alarms = alarms.Where(a => a.Kind == k);
        alarms = wanted switch
        {
            null => alarms.Where(a => a.ResolvedAt == null),
            AlarmState.Resolved => alarms.Where(a => a.ResolvedAt != null),
            AlarmState.Acknowledged => alarms.Where(a => a.ResolvedAt == null && a.AcknowledgedAt != null),
            _ => alarms.Where(a => a.ResolvedAt == null && a.AcknowledgedAt == null),
        };
        var rows = await alarms.PageAsync(page, o => o.Desc(a => a.RaisedAt).Asc(a => a.Id), ct);
        return TypedResults.Ok(rows.Map(AlarmView.From));
    }

    private static T? Parse<T>(string? value, string field, FieldErrors errors) where T : struct, Enum
    {
        if (value is null) return null;
        if (KebabEnum.TryParse<T>(value, out var parsed)) return parsed;
        errors.Add(field, $"Use one of: {string.Join(", ", Enum.GetValues<T>().Select(v => AlarmEvents.Kebab(v)))}.");
        return null;
    }
}
