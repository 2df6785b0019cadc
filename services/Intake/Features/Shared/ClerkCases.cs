using Linkage.Intake.Catalog;
using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Linkage.ServiceDefaults.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Features.Shared;

/// <summary>What the clerk actions share: the case only if the competent centre is in the clerk's subtree, and a
/// state check; they save through <see cref="CaseSaves"/>.</summary>
public static class ClerkCases
{
    public static RouteHandlerBuilder ForClerks(this RouteHandlerBuilder endpoint) =>
        endpoint.RequireAuthorization(p => p.RequireRole(Roles.WindowClerk));

    public static Task<IntakeCase?> FindAsync(IntakeDbContext db, Guid id, CallerContext caller, CancellationToken ct)
    {
        var pattern = caller.SubtreePattern;
        return db.Cases.Where(c => c.Id == id && EF.Functions.Like(c.HandlingDivision, pattern)).FirstOrDefaultAsync(ct);
    }

    /// <summary>Every code named must be in the case's pinned materials list; errors keyed <c>field[i]</c>.</summary>
    public static async Task<FieldErrors> CheckListedAsync(
        CatalogLookup catalog, IntakeCase c, IReadOnlyList<string> codes, string field, CancellationToken ct)
    {
        var implementation = await catalog.EntryAsync(c, ct);
        var listed = implementation.Materials.Select(m => m.Code).ToHashSet();
        var errors = new FieldErrors();
        for (var i = 0; i < codes.Count; i++)
            errors.Require(listed.Contains(codes[i]), $"{field}[{i}]", $"'{codes[i]}' is not in this matter's materials list.");
        return errors;
    }

    public static ProblemHttpResult WrongState(IntakeCase c, string action) =>
        Problems.Conflict($"Case {c.CaseNumber} is {c.Status}; it cannot be {action} now.");
}
