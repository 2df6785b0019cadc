using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Linkage.Kernel;
using Linkage.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Features.CreditFlags;

/// <summary>Records a bad-credit flag in the caller's own division (a person by citizen ID, an organisation by
/// credit code); the number is kept only as a digest, and who flagged, when and why as a change row.</summary>
public static class FlagCreditEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/credit-flags", Handle)
        .RequireAuthorization(CreditFlagActors.Policy)
        .WithName("FlagCredit").WithSummary("Record a bad-credit flag for a person or organisation in the caller's own division.");

    private static async Task<Results<NoContent, InvalidRequest, ProblemHttpResult>> Handle(
        CreditFlagRequest request, HttpContext http, IntakeDbContext db, PersonalIdHasher hasher, TimeProvider clock, CancellationToken ct)
    {
        var (digest, errors) = request.Validate(hasher);
        if (errors.Any) return Problems.Invalid(errors);
        var caller = http.Caller();
        if (caller.Division is not { } division) return Problems.NotFound("Your division");

        if (!await db.CreditFlags.AnyAsync(f => f.IdDigest == digest && f.Division == division.Value, ct))
        {
            var now = clock.GetUtcNow();
            db.CreditFlags.Add(new CreditFlag(digest!, request.Reason!, caller.Subject, division.Value, now));
            db.CreditFlagChanges.Add(CreditFlagActors.Change(caller, digest!, division.Value, CreditFlagAction.Flagged, request.Reason!, now));
            db.Audit(caller, "credit-flag.flagged", "credit-flag", digest!, new { division = division.Value, reason = request.Reason });
            await db.SaveChangesAsync(ct);
        }
        return TypedResults.NoContent();
    }
}
