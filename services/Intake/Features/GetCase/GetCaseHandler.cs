using Linkage.Intake.Features.Shared;
using Linkage.Intake.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Features.GetCase;

/// <summary>One case the caller may see (<see cref="CaseReach"/>); any other is 404, REST and gRPC alike.</summary>
public sealed class GetCaseHandler(IntakeDbContext db)
{
    public async Task<Results<Ok<CaseView>, ProblemHttpResult>> HandleAsync(Guid id, CallerContext caller, CancellationToken ct)
    {
        var found = await db.Cases.AsNoTracking().VisibleTo(db.CaseDepartments, caller).FirstOrDefaultAsync(c => c.Id == id, ct);
        return found is null ? Problems.NotFound($"Case {id}") : TypedResults.Ok(CaseView.From(found));
    }
}
