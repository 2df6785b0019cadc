using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Linkage.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Features.Shared;

/// <summary>Saves a changed case with its outbox rows; 409 when someone else changed it meanwhile (xmin).</summary>
public static class CaseChanges
{
    public static async Task<Results<Ok<CaseView>, InvalidRequest, ProblemHttpResult>> SaveAsync(
        IntakeDbContext db, IntakeCase c, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict($"Case {c.CaseNumber} was changed meanwhile; reload it and try again.");
        }
        return TypedResults.Ok(CaseView.From(c));
    }
}
