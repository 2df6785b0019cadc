using Linkage.Office.Features.Shared;
using Linkage.Office.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Office.Features.Authorisation;

/// <summary>GET /authorisations: the 授权率 per department (target 100 %), for supervisors over their subtree and for
/// a centre's staff over their centre, with every letter and the powers it lacks.</summary>
public static class ReportEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/authorisations", Handle)
        .WithName("GetAuthorisationRates")
        .WithSummary("授权率: the share of the five window powers (受理、审核、协调处置、送达、应诉代理) each department granted, per letter and per department.");

    private static async Task<Ok<AuthorisationReport>> Handle(HttpContext http, OfficeDbContext db, CancellationToken ct)
    {
        var letters = await db.Authorisations.AsNoTracking().VisibleTo(http.Caller())
            .OrderBy(a => a.DepartmentId).ThenBy(a => a.OrgUnitId).ToListAsync(ct);
        var departments = letters.GroupBy(a => a.DepartmentId)
            .Select(g => new DepartmentRate(g.Key, g.First().DepartmentName, g.Count(), AuthorisationView.RateOf(g.Sum(a => a.Powers.Length), g.Count())))
            .ToList();
        return TypedResults.Ok(new AuthorisationReport(AuthorisationView.RateOf(letters.Sum(a => a.Powers.Length), letters.Count), departments,
            letters.Select(AuthorisationView.From).ToList()));
    }
}
