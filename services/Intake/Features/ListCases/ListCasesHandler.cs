using Linkage.Intake.Domain;
using Linkage.Intake.Features.Shared;
using Linkage.Intake.Persistence;
using Linkage.Kernel;
using Linkage.ServiceDefaults.Json;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Features.ListCases;

/// <summary>The cases the caller may see, newest first, optionally of a status or a division's subtree.</summary>
public sealed class ListCasesHandler(IntakeDbContext db)
{
    public async Task<Results<Ok<IReadOnlyList<CaseView>>, InvalidRequest>> HandleAsync(
        string? status, string? division, int? limit, CallerContext caller, CancellationToken ct)
    {
        var query = db.Cases.AsNoTracking().VisibleTo(db.CaseDepartments, caller);
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
        var cases = await query.OrderByDescending(c => c.ReceivedAt).Take(Math.Clamp(limit ?? 50, 1, 500)).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<CaseView>>(cases.Select(CaseView.From).ToList());
    }
}
