using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Linkage.Kernel;
using Linkage.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Features.CreditFlags;

/// <summary>Lifts the flags on an applicant that were recorded in the caller's subtree, with a mandatory reason
/// (信用修复). A flag recorded elsewhere is not the caller's to lift: 404, like no flag at all.</summary>
public static class UnflagCreditEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/credit-flags/removals", Handle)
        .RequireAuthorization(CreditFlagActors.Policy)
        .WithName("UnflagCredit")
        .WithSummary("Lift a bad-credit flag recorded in your subtree, giving the reason.");

    private static async Task<Results<NoContent, InvalidRequest, ProblemHttpResult>> Handle(
        CreditFlagRequest request, HttpContext http, IntakeDbContext db, PersonalIdHasher hasher, TimeProvider clock, CancellationToken ct)
    {
        var (digest, errors) = request.Validate(hasher);
        if (errors.Any) return Problems.Invalid(errors);
        var caller = http.Caller();
        var pattern = caller.Division is null ? CaseReach.Nothing : caller.SubtreePattern;

        var flags = await db.CreditFlags.Where(f => f.IdDigest == digest && EF.Functions.Like(f.Division, pattern)).ToListAsync(ct);
        if (flags.Count == 0) return Problems.NotFound("A credit flag in your subtree");
        var now = clock.GetUtcNow();
        db.CreditFlags.RemoveRange(flags);
        db.CreditFlagChanges.AddRange(flags.Select(f =>
            CreditFlagActors.Change(caller, digest!, f.Division, CreditFlagAction.Unflagged, request.Reason!, now)));
        db.Audit(caller, "credit-flag.unflagged", "credit-flag", digest!, new { divisions = flags.Select(f => f.Division), reason = request.Reason });
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
