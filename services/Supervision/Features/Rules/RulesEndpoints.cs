using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Shared;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Supervision.Features.Rules;

public static class RulesEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/rules/{division}", Get).WithName("GetSupervisionRules")
            .WithSummary("The supervision rules in force for a region, with provenance and locks.");
        api.MapPut("/rules/{division}", Put).WithName("PutSupervisionRules")
            .WithSummary("A region's own rule set: terms left null inherit, locks bind the regions below.");
    }

    private static async Task<Results<Ok<RulesView>, InvalidRequest, ProblemHttpResult>> Get(
        string division, HttpContext http, SupervisionDbContext db, RuleBooks rules, CancellationToken ct)
    {
        if (Parse(division, http.Caller(), out var code) is { } invalid) return invalid;
        if (code is not { } d) return Problems.NotFound($"Division {division}");
        var book = await rules.LoadAsync(db, ct);
        var own = await db.RuleSets.AsNoTracking().FirstOrDefaultAsync(r => r.Division == d.Value, ct);
        return TypedResults.Ok(RulesView.Of(d.Value, book.For(d), own));
    }

    private static async Task<Results<Ok<RulesView>, InvalidRequest, ProblemHttpResult>> Put(
        string division, RuleSetRequest request, HttpContext http, SupervisionDbContext db, RuleBooks rules,
        TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        if (Parse(division, caller, out var code) is { } invalid) return invalid;
        if (code is not { } d || !SupervisionScope.MayWriteRules(caller)) return Problems.NotFound($"Division {division}");
        return await db.InTransactionAsync((transaction, token) => WriteHeldAsync(d, request, caller, db, rules, clock, transaction, token), ct);
    }

    /// <summary>Validated against the locks above as last committed: the rule sets are held from the other writers until
    /// this commits, so a lock written above meanwhile is either seen here or written after (decision 0730).</summary>
    private static async Task<Results<Ok<RulesView>, InvalidRequest, ProblemHttpResult>> WriteHeldAsync(
        DivisionCode d, RuleSetRequest request, CallerContext caller, SupervisionDbContext db, RuleBooks rules, TimeProvider clock,
        IDbContextTransaction transaction, CancellationToken ct)
    {
        // read before the hold: another admin's write of this region meanwhile still loses to the row's xmin (0715)
        var set = await db.RuleSets.FirstOrDefaultAsync(r => r.Division == d.Value, ct);
        await RuleBooks.HoldWritersAsync(db, ct);
        var errors = RuleSetValidation.Check(request, d, await rules.LoadAsync(db, ct));
        if (errors.Any) return Problems.Invalid(errors);

        if (set is null) db.RuleSets.Add(set = RuleSet.For(d.Value));
        set.Write(new RuleTerms(request.WarnWorkingDays, request.WarnFraction, request.OrderReplyWorkingDays, request.AcceptanceWorkingDays,
            request.CertificateDays, request.SignOffWorkingDays),
            (request.Locks ?? []).Distinct().ToList(), caller.Subject, clock.GetUtcNow());
        db.Audit(caller, "rules.written", "division", d.Value);
        if (!await db.SavedUnlessRacedAsync(ct)) // another admin's write of the region's rules committed first (0715)
            return Problems.Conflict($"The rules of {d.Value} were written by another request meanwhile; read them again and retry.");
        await transaction.CommitAsync(ct);
        return TypedResults.Ok(RulesView.Of(d.Value, (await rules.LoadAsync(db, ct)).For(d), set));
    }

    /// <summary>A 422 for a malformed code; otherwise the code when the caller may see it, else null (404).</summary>
    private static InvalidRequest? Parse(string division, CallerContext caller, out DivisionCode? code)
    {
        code = null;
        if (!DivisionCode.TryParse(division, out var parsed, out var error)) return Problems.Invalid("division", error);
        if (caller.CanSee(parsed)) code = parsed;
        return null;
    }
}
