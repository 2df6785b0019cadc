using Linkage.Office.Domain;
using Linkage.Office.Features.Shared;
using Linkage.Office.Persistence;
using Linkage.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Office.Features.Rules;

/// <summary>The centre's 否定报备 rules: approval first or report only, the hours a report may take, and after how many
/// days since receipt a missing-materials notice is filed too.</summary>
public static class RulesEndpoints
{
    public sealed record RulesRequest(bool? ApprovalFirst, int? LateNoticeDays, int? ReportWithinHours);

    public sealed record RulesView(string OrgUnitId, bool ApprovalFirst, int LateNoticeDays, int ReportWithinHours)
    {
        public static RulesView From(CentreRules r) => new(r.OrgUnitId, r.ApprovalFirst, r.LateNoticeDays, r.ReportWithinHours);
    }

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/rules", Get).WithName("GetOfficeRules").WithSummary("The caller's centre's 否定报备 rules (defaults until set).");
        api.MapPut("/rules", Put).RequireAuthorization(p => p.RequireRole(Roles.CentreAdmin)).WithName("PutOfficeRules").WithSummary("Set the centre's 否定报备 rules: which refusals are held for approval and the hours to report the others.");
    }

    private static async Task<Results<Ok<RulesView>, ProblemHttpResult>> Get(HttpContext http, OfficeDbContext db, CancellationToken ct)
    {
        var caller = http.Caller();
        if (OfficeScope.StaffCentre(caller) is not { } centre) return Problems.NotFound("Centre");
        var rules = await db.Rules.AsNoTracking().FirstOrDefaultAsync(r => r.OrgUnitId == centre, ct)
            ?? CentreRules.Default(centre, caller.Division!.Value.Value);
        return TypedResults.Ok(RulesView.From(rules));
    }

    private static async Task<Results<Ok<RulesView>, InvalidRequest, ProblemHttpResult>> Put(
        RulesRequest request, HttpContext http, OfficeDbContext db, CancellationToken ct)
    {
        var caller = http.Caller();
        if (OfficeScope.ManagedCentre(caller) is not { } centre) return Problems.NotFound("Centre");
        var errors = new FieldErrors()
            .Require(request.ApprovalFirst is not null, "approvalFirst", "Say whether a refusal needs approval first (true) or is only reported (false).")
            .Require(request.LateNoticeDays is >= 0 and <= OfficeLimits.MaxLateNoticeDays, "lateNoticeDays", $"0 to {OfficeLimits.MaxLateNoticeDays} days.")
            .Require(request.ReportWithinHours is >= 0 and <= OfficeLimits.MaxReportWithinHours, "reportWithinHours", $"0 to {OfficeLimits.MaxReportWithinHours} hours.");
        if (errors.Any) return Problems.Invalid(errors);
        var rules = await db.Rules.FirstOrDefaultAsync(r => r.OrgUnitId == centre, ct);
        if (rules is null) db.Rules.Add(rules = new CentreRules(centre, caller.Division!.Value.Value));
        rules.Change(request.ApprovalFirst!.Value, request.LateNoticeDays!.Value, request.ReportWithinHours!.Value);
        db.Audit(caller, "office.rules-set", "centre", centre, new { request.ApprovalFirst, request.LateNoticeDays, request.ReportWithinHours });
        if (!await OfficeWrite.SavedAsync(db, ct)) return Problems.Conflict(OfficeWrite.Raced);
        return TypedResults.Ok(RulesView.From(rules));
    }
}
