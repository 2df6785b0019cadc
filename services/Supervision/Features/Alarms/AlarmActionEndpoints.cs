using Linkage.Messaging;
using Linkage.ServiceDefaults.Audit;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Shared;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.Alarms;

/// <summary>签收 and 解除: a supervisor or a centre/tier admin of the handling unit's subtree acknowledges an alarm,
/// then resolves it with a note (0635); other staff read it only, and their action is 404 as outside the subtree.
/// Each step once: a second one is 409. The change and its event commit together; a save that lost to the sweep's or a
/// consumer's write of the alarm (raised again, resolved by the system) reads it again and decides anew.</summary>
public static class AlarmActionEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/alarms/{alarmId:guid}/acknowledge", Acknowledge).WithName("AcknowledgeSupervisionAlarm")
            .WithSummary("签收: the alarm is seen; who and when are recorded.");
        api.MapPost("/alarms/{alarmId:guid}/resolve", Resolve).WithName("ResolveSupervisionAlarm")
            .WithSummary("解除: the alarm is closed with a note; who and when are recorded.");
    }

    private static Task<Results<Ok<AlarmView>, InvalidRequest, ProblemHttpResult>> Acknowledge(
        Guid alarmId, HttpContext http, SupervisionDbContext db, TimeProvider clock, CancellationToken ct) =>
        ActAsync(alarmId, http.Caller(), db, ct, (a, by) => a.Acknowledge(by, clock.GetUtcNow()), AlarmEvents.Acknowledged);

    private static async Task<Results<Ok<AlarmView>, InvalidRequest, ProblemHttpResult>> Resolve(
        Guid alarmId, ResolveAlarmRequest? request, HttpContext http, SupervisionDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var note = request?.Note?.Trim();
        if (note is { Length: > 500 }) return Problems.Invalid("note", "At most 500 characters.");
        return await ActAsync(alarmId, http.Caller(), db, ct, (a, by) => a.Resolve(by, clock.GetUtcNow(), note), AlarmEvents.Resolved);
    }

    private static Task<Results<Ok<AlarmView>, InvalidRequest, ProblemHttpResult>> ActAsync<TEvent>(
        Guid alarmId, CallerContext caller, SupervisionDbContext db, CancellationToken ct, Func<Alarm, string, bool> act,
        Func<Alarm, TEvent> fact) where TEvent : class =>
        ConcurrentSave.RetryAsync(db, () => ActOnceAsync(alarmId, caller, db, ct, act, fact));

    private static async Task<Results<Ok<AlarmView>, InvalidRequest, ProblemHttpResult>> ActOnceAsync<TEvent>(
        Guid alarmId, CallerContext caller, SupervisionDbContext db, CancellationToken ct, Func<Alarm, string, bool> act,
        Func<Alarm, TEvent> fact) where TEvent : class
    {
        var alarm = SupervisionScope.MaySupervise(caller)
            ? await db.Alarms.VisibleTo(caller).FirstOrDefaultAsync(a => a.Id == alarmId, ct)
            : null;
        if (alarm is null) return Problems.NotFound($"Alarm {alarmId}");
        if (!act(alarm, caller.Subject)) return Problems.Conflict($"Alarm {alarmId} is {AlarmEvents.Kebab(alarm.State)} already.");
        db.Publish(fact(alarm), alarm.CaseId.ToString());
        db.Audit(caller, "alarm." + AlarmEvents.Kebab(alarm.State), "alarm", alarm.Id.ToString(), new { caseId = alarm.CaseId });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(AlarmView.From(alarm));
    }
}

public sealed record ResolveAlarmRequest(string? Note);
