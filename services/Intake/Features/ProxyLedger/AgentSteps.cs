using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Microsoft.EntityFrameworkCore;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Intake.Features.ProxyLedger;

/// <summary>What the agent's own steps share: the line only if it is the caller's station's (404 otherwise, so ids
/// are not probed), the order check (409 naming <c>stage</c>, nothing written), and one save that answers 409 when
/// someone else moved the line meanwhile (xmin).</summary>
public static class AgentSteps
{
    public static RouteHandlerBuilder ForStationAgents(this RouteHandlerBuilder endpoint) =>
        endpoint.RequireAuthorization(p => p.RequireRole(Roles.VillageAgent));

    /// <summary>The line, when <paramref name="step"/> is its next step; else the problem to answer.</summary>
    public static async Task<(ProxyLedgerEntry? Line, ProblemHttpResult? Problem)> LineForAsync(
        IntakeDbContext db, Guid id, ProxyStage step, CallerContext caller, CancellationToken ct)
    {
        var line = await db.ProxyLedger.OfStation(caller).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (line is null) return (null, Problems.NotFound($"Ledger line {id}"));
        if (!line.IsNext(step)) return (null, Conflict($"The line is {LedgerView.Kebab(line.Stage)}; it can be {LedgerView.Kebab(step)} only once it is "
            + $"{LedgerView.Kebab(step - 1)}."));
        db.Audit(caller, "proxy-ledger." + LedgerView.Kebab(step), "proxy-ledger", line.Id.ToString()); // written only with the step's save
        return (line, null);
    }

    public static async Task<Results<Ok<LedgerView>, InvalidRequest, ProblemHttpResult>> SaveAsync(
        IntakeDbContext db, ProxyLedgerEntry line, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict("The line was changed meanwhile; reload it and try again.");
        }
        return TypedResults.Ok(LedgerView.From(line));
    }

    private static ProblemHttpResult Conflict(string message) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["stage"] = [message] })
        {
            Title = "The ledger line cannot take this step now.",
            Status = StatusCodes.Status409Conflict,
        });
}
