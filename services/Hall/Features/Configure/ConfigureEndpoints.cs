using System.Text.RegularExpressions;
using Linkage.Hall.Domain;
using Linkage.Hall.Features.Shared;
using Linkage.Hall.Persistence;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Hall.Features.Configure;

/// <summary>The centre admin sets up the hall of their own centre: service areas (a letter, a name, the matters whose
/// appointments queue there) and windows with the areas each is authorised to call.</summary>
public static partial class ConfigureEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPut("/areas/{code}", PutArea).RequireAuthorization(p => p.RequireRole(Roles.CentreAdmin)).WithName("PutServiceArea").WithSummary("Create or change a service area of the admin's own centre.");
        api.MapPut("/windows/{code}", PutWindow).RequireAuthorization(p => p.RequireRole(Roles.CentreAdmin)).WithName("PutWindow").WithSummary("Create or change a window of the admin's own centre and the areas it calls.");
    }

    private static async Task<IResult> PutArea(string code, AreaRequest request, HttpContext http, HallDbContext db, CancellationToken ct)
    {
        var caller = http.Caller();
        if (HallCentre.Of(caller) is not { } centre) return Problems.NotFound("Centre");
        var matters = request.MatterCodes ?? [];
        var errors = new FieldErrors()
            .Require(AreaCode().IsMatch(code), "code", "A service area is one capital letter A–Z.")
            .Require(request.Name is { Length: > 0 and <= HallLimits.NameLength }, "name", $"A name of 1 to {HallLimits.NameLength} characters is required.")
            .Require(matters.Length <= HallLimits.MaxMattersPerArea && matters.All(m => m is { Length: > 0 and <= 36 }),
                "matterCodes", $"At most {HallLimits.MaxMattersPerArea} matter codes of 1 to 36 characters.");
        if (errors.Any) return Problems.Invalid(errors);
        var area = await db.Areas.SingleOrDefaultAsync(a => a.OrgUnitId == centre && a.Code == code, ct);
        if (area is null) db.Areas.Add(new ServiceArea(centre, caller.Division!.Value.Value, code, request.Name!, matters.Distinct().ToArray()));
        else area.Change(request.Name!, matters.Distinct().ToArray());
        db.Audit(caller, "hall.area-configured", "service-area", $"{centre}/{code}", new { request.Name, matters });
        return await SavedAsync(db, $"Service area {code}", ct);
    }

    private static async Task<IResult> PutWindow(string code, WindowRequest request, HttpContext http, HallDbContext db, CancellationToken ct)
    {
        var caller = http.Caller();
        if (HallCentre.Of(caller) is not { } centre) return Problems.NotFound("Centre");
        var areas = (request.AreaCodes ?? []).Distinct().ToArray();
        var known = await db.Areas.Where(a => a.OrgUnitId == centre && areas.Contains(a.Code)).CountAsync(ct);
        var errors = new FieldErrors()
            .Require(WindowCode().IsMatch(code), "code", "A window code is 1 to 8 letters or digits.")
            .Require(request.Name is { Length: > 0 and <= HallLimits.NameLength }, "name", $"A name of 1 to {HallLimits.NameLength} characters is required.")
            .Require(areas.Length is > 0 and <= HallLimits.MaxAreasPerWindow && known == areas.Length,
                "areaCodes", "One or more service areas of this centre are required.");
        if (errors.Any) return Problems.Invalid(errors);
        var window = await db.Windows.SingleOrDefaultAsync(w => w.OrgUnitId == centre && w.Code == code, ct);
        if (window is null) db.Windows.Add(new HallWindow(centre, caller.Division!.Value.Value, code, request.Name!, areas));
        else window.Change(request.Name!, areas);
        db.Audit(caller, "hall.window-configured", "window", $"{centre}/{code}", new { request.Name, areas });
        return await SavedAsync(db, $"Window {code}", ct);
    }

    /// <summary>204; or 409 when another write of the same area or window committed between this one's read and its save
    /// (another admin's first write: its key; any change of an existing one: its xmin), and then nothing of this one is
    /// kept, its audit row neither.</summary>
    private static async Task<IResult> SavedAsync(HallDbContext db, string what, CancellationToken ct) =>
        await db.SavedUnlessRacedAsync(ct)
            ? TypedResults.NoContent()
            : Problems.Conflict($"{what} was created or changed by another request meanwhile; read it again and retry.");

    [GeneratedRegex("^[A-Z]$")]
    private static partial Regex AreaCode();

    [GeneratedRegex("^[A-Za-z0-9]{1,8}$")]
    private static partial Regex WindowCode();
}
