using Linkage.Contracts.Events.Fees;
using Linkage.Fees.Domain;
using Linkage.Fees.Domain.Rules;
using Linkage.Fees.Features.Shared;
using Linkage.Fees.Persistence;
using Linkage.Kernel;
using Linkage.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Fees.Features.Reconcile;

/// <summary>POST /reconciliations: 日对账. The centre's window clerk or admin enters what a department reports it
/// collected on a day; it is set against the day's payments less refunds at this centre, once per department and
/// day. A difference goes to supervision (FeeReconciliationMismatch) in the same save.</summary>
public static class ReconcileEndpoint
{
    public sealed record ReconcileRequest(string? DepartmentId, DateOnly? Day, long? ReportedFen);

    public static void Map(RouteGroupBuilder api) => api.MapPost("/reconciliations", Handle)
        .WithName("ReconcileFees")
        .WithSummary("Reconciles one department's day at the caller's centre; a difference is flagged to supervision.");

    private static async Task<Results<Created<ReconciliationView>, InvalidRequest, ProblemHttpResult>> Handle(
        ReconcileRequest request, HttpContext http, FeesDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!(caller.Has(Roles.WindowClerk) || caller.Has(Roles.CentreAdmin)) || caller.OrgUnitId is not { } unit || caller.Division is not { } division)
            return Problems.NotFound("A centre to reconcile");
        var now = clock.GetUtcNow();
        var errors = new FieldErrors()
            .Check(new TextRequiredRule("departmentId", request.DepartmentId, FeeLimits.IdLength, "Name the department."))
            .Require(request.Day is { } d && d <= ChinaTime.ToLocalDate(now), "day", "Give a day that has begun.")
            .Require(request.ReportedFen is >= 0, "reportedFen", "Give what the department reports, in whole fen, zero or more.");
        if (errors.Any) return Problems.Invalid(errors);

        var (department, day) = (request.DepartmentId!.Trim(), request.Day!.Value);
        var paid = await db.Payments.Where(p => p.HandlingOrgUnitId == unit && p.DepartmentId == department && p.PaidOn == day).SumAsync(p => p.AmountFen, ct);
        var refunded = await db.Refunds.Where(r => r.HandlingOrgUnitId == unit && r.DepartmentId == department && r.RefundedOn == day).SumAsync(r => r.AmountFen, ct);
        var row = Reconciliation.Make(unit, division.Value, department, day, paid - refunded, request.ReportedFen!.Value, caller.Subject, now);
        db.Reconciliations.Add(row);
        db.Audit(caller, "fee.reconciled", "reconciliation", row.Id.ToString(), new { department, day, row.DifferenceFen });
        if (row.Flagged)
            db.Publish(new FeeReconciliationMismatch(row.Id, department, unit, row.HandlingDivision, day, row.CollectedFen, row.ReportedFen, now), unit);
        if (!await FeeWrite.SavedAsync(db, ct)) return Problems.Conflict($"Department {department} is reconciled for {day:yyyy-MM-dd} already.");
        return TypedResults.Created((string?)null, ReconciliationView.From(row));
    }
}
