using Linkage.Kernel;
using Linkage.ServiceDefaults.Audit;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Rules;
using Linkage.Supervision.Features.Shared;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.Orders;

public static class IssueOrderEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/orders", Handle)
        .WithName("IssueSupervisionOrder")
        .WithSummary("督办: a supervisor orders a unit in their subtree to act on a case or alarm and reply by a date.");

    private static async Task<Results<Created<OrderView>, InvalidRequest, ProblemHttpResult>> Handle(
        IssueOrderRequest request, HttpContext http, SupervisionDbContext db, RuleBooks rules, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!SupervisionScope.MaySupervise(caller)) return Problems.NotFound("Supervision orders");
        var today = ChinaTime.Today(clock);
        var errors = new FieldErrors();
        var target = Target(request.TargetDivision, caller, errors);
        var instruction = request.Instruction?.Trim();
        if (string.IsNullOrEmpty(instruction) || instruction.Length > 500) errors.Add("instruction", "1 to 500 characters.");
        if (request.ReplyBy is { } by && by <= today) errors.Add("replyBy", "A date after today.");
        var (supervised, alarmId) = await SubjectAsync(request, caller, db, errors, ct);
        if (errors.Any) return Problems.Invalid(errors);

        var replyBy = request.ReplyBy ?? WorkingDayCalendar.China.AddWorkingDays(today,
            (await rules.LoadAsync(db, ct)).For(target!.Value).OrderReplyWorkingDays);
        var order = SupervisionOrder.Issue(supervised!, alarmId, caller.Subject, caller.Division!.Value.Value, target!.Value.Value,
            instruction!, replyBy, clock.GetUtcNow());
        db.Orders.Add(order);
        db.Audit(caller, "order.issued", "order", order.Id.ToString(), new { caseId = order.CaseId, targetDivision = order.TargetDivision });
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/supervision/orders/{order.Id}", OrderView.From(order));
    }

    /// <summary>The unit ordered: inside the supervisor's subtree, else 422 — nothing is written.</summary>
    private static DivisionCode? Target(string? division, CallerContext caller, FieldErrors errors)
    {
        if (!DivisionCode.TryParse(division, out var code, out var error)) { errors.Add("targetDivision", error); return null; }
        if (caller.CanSee(code)) return code;
        errors.Add("targetDivision", "The unit is outside your subtree.");
        return null;
    }

    /// <summary>The case the order is about, named directly or through one of its alarms, both within the caller's scope.</summary>
    private static async Task<(SupervisedCase?, Guid?)> SubjectAsync(
        IssueOrderRequest request, CallerContext caller, SupervisionDbContext db, FieldErrors errors, CancellationToken ct)
    {
        var caseId = request.CaseId;
        if (request.AlarmId is { } alarmId)
        {
            caseId = await db.Alarms.AsNoTracking().VisibleTo(caller).Where(a => a.Id == alarmId).Select(a => (Guid?)a.CaseId).FirstOrDefaultAsync(ct);
            if (caseId is null) { errors.Add("alarmId", "No such alarm in your subtree."); return (null, null); }
        }
        if (caseId is null) { errors.Add("caseId", "Name the case or the alarm the order is about."); return (null, null); }
        var found = await db.Cases.AsNoTracking().VisibleTo(db.CaseDepartments, caller).FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (found is null) errors.Add("caseId", "No such case in your subtree.");
        return (found, request.AlarmId);
    }
}
