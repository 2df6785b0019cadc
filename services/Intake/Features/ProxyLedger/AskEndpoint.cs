using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Linkage.Kernel;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Intake.Features.ProxyLedger;

/// <summary>问事: a resident asks the village agent to handle a matter; the ledger line opens.</summary>
public static class AskEndpoint
{
    public sealed record AskRequest(string? MatterCode, string? PrincipalName, string? PrincipalIdNumber, string? Request);

    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/proxy-ledger", Handle)
        .RequireAuthorization(p => p.RequireRole(Roles.VillageAgent))
        .WithName("AskProxy").WithSummary("Open a ledger line: a resident asks the village agent to handle a matter (问事).");

    private static async Task<Results<Created<LedgerView>, InvalidRequest>> Handle(
        AskRequest request, HttpContext http, IntakeDbContext db, PersonalIdHasher hasher, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        var errors = new FieldErrors();
        errors.Require(request.MatterCode is { Length: > 0 and <= 36 }, "matterCode", "A matter code of 1 to 36 characters is required.");
        errors.Require(request.PrincipalName is { Length: > 0 and <= 100 }, "principalName", "The principal's name is required.");
        errors.Require(request.Request is null || request.Request.Length <= 1000, "request", "At most 1000 characters.");
        if (!CitizenId.TryParse(request.PrincipalIdNumber, out var id, out var error)) errors.Add("principalIdNumber", error);
        errors.Require(caller.OrgUnitId is not null && caller.Division is not null, "station", "Only an agent of a station keeps a ledger.");
        if (errors.Any) return Problems.Invalid(errors);

        var principal = new Applicant(ApplicantKind.Person, request.PrincipalName!.Trim(), id.Masked, hasher.Digest(id.Value), null);
        var entry = ProxyLedgerEntry.Ask(new ProxyAsk(caller.OrgUnitId!, caller.Division!.Value.Value, caller.Subject, caller.Name,
            principal, request.MatterCode!, request.Request?.Trim()), clock.GetUtcNow());
        db.ProxyLedger.Add(entry);
        db.Audit(caller, "proxy-ledger.asked", "proxy-ledger", entry.Id.ToString(), new { matterCode = entry.MatterCode });
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/intake/proxy-ledger/{entry.Id}", LedgerView.From(entry));
    }
}
