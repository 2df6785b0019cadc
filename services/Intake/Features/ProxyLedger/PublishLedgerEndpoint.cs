using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;

namespace Linkage.Intake.Features.ProxyLedger;

/// <summary>公示: the followed-up line goes on the station's published ledger, personal data masked.</summary>
public static class PublishLedgerEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/proxy-ledger/{id:guid}/publication", Handle).ForStationAgents().WithName("PublishProxyLedgerLine").WithSummary("Publish a followed-up ledger line (公示), personal data masked.");

    private static async Task<Results<Ok<LedgerView>, InvalidRequest, ProblemHttpResult>> Handle(
        Guid id, HttpContext http, IntakeDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (line, problem) = await AgentSteps.LineForAsync(db, id, ProxyStage.Published, http.Caller(), ct);
        if (line is null) return problem!;
        line.Publish(clock.GetUtcNow());
        return await AgentSteps.SaveAsync(db, line, ct);
    }
}
