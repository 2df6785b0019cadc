using Linkage.Catalog.Domain;
using Linkage.Catalog.Domain.Rules;
using Linkage.Catalog.Features.SaveImplementation;
using Linkage.Catalog.Features.Shared;
using Linkage.Catalog.Persistence;
using Linkage.Kernel;
using Linkage.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Catalog.Features.Delegate;

/// <summary>委托下放: <c>POST /delegations</c> hands an entry's matter to a unit below it (a new entry inheriting every
/// term, recorded with who and when); <c>POST /delegations/{id}/revoke</c> withdraws that entry again.</summary>
public static class DelegateEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/delegations", Delegate).WithName("Delegate").WithSummary("Delegate (委托下放) an entry's matter to a unit below it.").ForTierAdmins();
        api.MapPost("/delegations/{id:guid}/revoke", Revoke).WithName("RevokeDelegation").WithSummary("Withdraw a delegation: the delegated entry ends.").ForTierAdmins();
    }

    private static async Task<Results<Created<DelegationView>, InvalidRequest>> Delegate(
        DelegationRequest request, HttpContext http, CatalogDbContext db, EntryWriter writer, CatalogChanges changes,
        TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        var from = await db.Implementations.AsNoTracking().Where(i => i.Code == request.FromImplementationCode && i.Active)
            .OrderByDescending(i => i.Version).FirstOrDefaultAsync(ct);
        var fromUnit = from is null ? null : await db.ManagedAsync(caller, from.OrgUnitId, ct);
        var to = request.ToOrgUnitId is { } id ? await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct) : null;
        var errors = new FieldErrors()
            .Require(fromUnit is not null, "fromImplementationCode", "No active entry of an org unit in your subtree has that code.")
            .Require(to is not null && fromUnit is not null && to.DivisionCode != fromUnit.DivisionCode
                && DivisionTree.IsWithin(to.DivisionCode, fromUnit.DivisionCode), "toOrgUnitId",
                "Delegate to an org unit below the delegating unit, inside its subtree.");
        if (errors.Any) return Problems.Invalid(errors);

        var outcome = await writer.WriteAsync(new EntryCommand(request.ImplementationCode ?? "", from!.MatterCode, to!.Id,
            request.EffectiveFrom, from.Code, new EntryTerms(null, null, null, null, null, null, null, null, null, null), null), caller, ct);
        if (outcome.Entry is not { } entry) return Problems.Invalid(outcome.Errors ?? new FieldErrors().Add("implementationCode", "Taken."));
        var delegation = Delegation.Record(from.MatterCode, from.Code, to.Id, entry.Code, clock.GetUtcNow(), caller.Subject);
        db.Delegations.Add(delegation);
        if (!await changes.SaveAsync(ct)) return Problems.Invalid("implementationCode", "Written concurrently; try again.");
        return TypedResults.Created($"/api/catalog/delegations/{delegation.Id}", DelegationView.From(delegation));
    }

    private static async Task<Results<Ok<DelegationView>, ProblemHttpResult>> Revoke(
        Guid id, HttpContext http, CatalogDbContext db, CatalogChanges changes, TimeProvider clock, CancellationToken ct)
    {
        var delegation = await db.Delegations.FirstOrDefaultAsync(d => d.Id == id, ct);
        var from = delegation is null ? null
            : await db.Implementations.AsNoTracking().FirstOrDefaultAsync(i => i.Code == delegation.FromImplementationCode, ct);
        if (delegation is null || from is null || await db.ManagedAsync(http.Caller(), from.OrgUnitId, ct) is null)
            return NotFoundProblem.Field("id", $"Delegation {id}");
        if (delegation.RevokedAt is null)
        {
            delegation.Revoke(clock.GetUtcNow(), http.Caller().Subject);
            db.Audit(http.Caller(), "delegation.revoked", "delegation", delegation.Id.ToString());
            foreach (var entry in await db.Implementations.Where(i => i.Code == delegation.ImplementationCode).ToListAsync(ct)) entry.Withdraw();
            await changes.SaveAsync(ct);
        }
        return TypedResults.Ok(DelegationView.From(delegation));
    }
}

public sealed record DelegationRequest(string? FromImplementationCode, string? ToOrgUnitId, string? ImplementationCode, DateOnly? EffectiveFrom);

public sealed record DelegationView(
    Guid Id, string MatterCode, string FromImplementationCode, string ToOrgUnitId, string ImplementationCode,
    DateTimeOffset DelegatedAt, string DelegatedBy, DateTimeOffset? RevokedAt, string? RevokedBy)
{
    public static DelegationView From(Delegation d) => new(d.Id, d.MatterCode, d.FromImplementationCode, d.ToOrgUnitId,
        d.ImplementationCode, d.DelegatedAt, d.DelegatedBy, d.RevokedAt, d.RevokedBy);
}
