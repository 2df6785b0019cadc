using System.Text.RegularExpressions;
using Linkage.Contracts.Events.Office;
using Linkage.Office.Domain;
using Linkage.Office.Features.Shared;
using Linkage.Office.Persistence;
using Linkage.ServiceDefaults.Audit;
using Linkage.ServiceDefaults.Office;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Office.Features.Authorisation;

/// <summary>PUT /authorisations/{departmentId}: the centre's management records a department's 窗口授权书, the powers
/// its window at this centre holds (the whole letter each time; an empty list withdraws every power).</summary>
public static partial class GrantEndpoint
{
    public sealed record GrantRequest(string? DepartmentName, string[]? Powers);

    public static void Map(RouteGroupBuilder api) => api.MapPut("/authorisations/{departmentId}", Handle)
        .RequireAuthorization(p => p.RequireRole(Roles.CentreAdmin))
        .WithName("PutWindowAuthorisation")
        .WithSummary("Record a department's window authorisation letter (窗口授权书) and the powers it grants.");

    private static async Task<Results<Ok<AuthorisationView>, InvalidRequest, ProblemHttpResult>> Handle(
        string departmentId, GrantRequest request, HttpContext http, OfficeDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        if (OfficeScope.ManagedCentre(caller) is not { } centre) return Problems.NotFound("Centre");
        var names = request.Powers ?? [];
        var powers = names.Select(PowerNames.Parse).ToList();
        var name = Texts.Of(request.DepartmentName, OfficeLimits.NameLength);
        var errors = new FieldErrors()
            .Require(DepartmentId().IsMatch(departmentId), "departmentId", "A department id is 1 to 64 letters, digits or dashes.")
            .Require(name is not null, "departmentName", $"The department's name, 1 to {OfficeLimits.NameLength} characters.")
            .Require(request.Powers is not null, "powers", "List the powers held: accept, review, coordinate, deliver, litigate.");
        for (var i = 0; i < powers.Count; i++)
            errors.Require(powers[i] is not null, $"powers[{i}]", $"'{names[i]}' is not a power; use accept, review, coordinate, deliver or litigate.");
        if (errors.Any) return Problems.Invalid(errors);

        var letter = await db.Authorisations.FirstOrDefaultAsync(a => a.OrgUnitId == centre && a.DepartmentId == departmentId, ct);
        if (letter is null) db.Authorisations.Add(letter = new WindowAuthorisation(centre, caller.Division!.Value.Value, departmentId));
        letter.Grant(name!, powers.Select(p => p!.Value).Distinct().Order().ToArray(), caller.Subject, clock.GetUtcNow());
        db.Audit(caller, "office.authorisation-granted", "department", departmentId, new { centre, powers = letter.Powers.Select(PowerNames.Of) });
        db.Publish(new WindowAuthorisationChanged(centre, departmentId, [.. letter.Powers.Select(PowerNames.Of)], letter.GrantedAt), centre);
        if (!await OfficeWrite.SavedAsync(db, ct)) return Problems.Conflict(OfficeWrite.Raced);
        http.RequestServices.GetService<WindowPowerAnswers>()?.Invalidate(); // this process at once; the others on the event (0620)
        return TypedResults.Ok(AuthorisationView.From(letter));
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,64}$")]
    private static partial Regex DepartmentId();
}
