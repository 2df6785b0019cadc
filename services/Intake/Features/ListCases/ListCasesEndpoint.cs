using Linkage.Intake.Domain;
using Linkage.Intake.Features.Shared;
using Linkage.Intake.Persistence;
using Linkage.Kernel;
using Linkage.ServiceDefaults.Json;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Features.ListCases;

public static class ListCasesEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/cases", Handle).WithName("ListCases").WithSummary("The cases the caller may see, newest first; status= and division= narrow them.");

    private static async Task<Results<Ok<Page<CaseView>>, InvalidRequest>> Handle(
        [OneOf<CaseStatus>] string? status, string? division, PageRequest page, HttpContext http, IntakeDbContext db, CancellationToken ct)
    {
        var query = db.Cases.AsNoTracking().VisibleTo(db.CaseDepartments, http.Caller());
        if (division is not null)
        {
            if (!DivisionCode.TryParse(division, out var code, out var error)) return Problems.Invalid("division", error!);
            var pattern = code.SignificantPrefix + "%";
            query = query.Where(c => EF.Functions.Like(c.HandlingDivision, pattern) || EF.Functions.Like(c.SubmittedAtDivision, pattern));
        }
        if (status is not null)
        {
            if (!KebabEnum.TryParse<CaseStatus>(status, out var s)) return Problems.Invalid("status", "Unknown case status.");
            query = query.Where(c => c.Status == s);
        }
        var cases = await query.PageAsync(page, o => o.Desc(c => c.ReceivedAt).Asc(c => c.Id), ct);
        return TypedResults.Ok(cases.Map(CaseView.From));
    }
}
