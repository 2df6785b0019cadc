using Linkage.Office.Domain;
using Linkage.Office.Features.Shared;
using Linkage.Office.Persistence;
using Linkage.ServiceDefaults.Json;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Office.Features.Filings;

/// <summary>否定报备 filings: the centre's (clerks and management) or the subtree's (supervisors), newest first.</summary>
public static class ListFilingsEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/filings", List).WithName("ListNegativeFilings").WithSummary("否定报备 filings of the caller's centre or subtree, newest first.");
        api.MapGet("/filings/{id:guid}", Get).WithName("GetNegativeFiling").WithSummary("One 否定报备 filing of the caller's scope.");
    }

    private static async Task<Results<Ok<Page<FilingView>>, InvalidRequest>> List(
        [OneOf<FilingStatus>] string? status, Guid? caseId, PageRequest page, HttpContext http, OfficeDbContext db, CancellationToken ct)
    {
        var filings = db.Filings.AsNoTracking().VisibleTo(http.Caller());
        if (status is not null)
        {
            if (!KebabEnum.TryParse<FilingStatus>(status, out var wanted))
                return Problems.Invalid("status", "Use awaiting-approval, approved, returned, due, reported or unfiled.");
            filings = filings.Where(f => f.Status == wanted);
        }
        if (caseId is { } id) filings = filings.Where(f => f.CaseId == id);
        var rows = await filings.PageAsync(page, o => o.Desc(f => f.RaisedAt).Asc(f => f.Id), ct);
        return TypedResults.Ok(rows.Map(FilingView.From));
    }

    private static async Task<Results<Ok<FilingView>, ProblemHttpResult>> Get(Guid id, HttpContext http, OfficeDbContext db, CancellationToken ct) =>
        await db.Filings.AsNoTracking().VisibleTo(http.Caller()).FirstOrDefaultAsync(f => f.Id == id, ct) is { } filing
            ? TypedResults.Ok(FilingView.From(filing))
            : Problems.NotFound($"Filing {id}");
}
