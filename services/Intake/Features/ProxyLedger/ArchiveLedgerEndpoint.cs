using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Linkage.ServiceDefaults.Json;

namespace Linkage.Intake.Features.ProxyLedger;

/// <summary>建档: the result reached the principal (送达: at the window, at the village station or by mail); the line is filed.</summary>
public static class ArchiveLedgerEndpoint
{
    public sealed record ArchiveRequest(string? Delivery);

    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/proxy-ledger/{id:guid}/archive", Handle).ForStationAgents().WithName("ArchiveProxyLedgerLine").WithSummary("File a ledger line once the result reached the principal (建档).");

    private static async Task<Results<Ok<LedgerView>, InvalidRequest, ProblemHttpResult>> Handle(
        Guid id, ArchiveRequest request, HttpContext http, IntakeDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (line, problem) = await AgentSteps.LineForAsync(db, id, ProxyStage.Archived, http.Caller(), ct);
        if (line is null) return problem!;
        if (!KebabEnum.TryParse<DeliveryMode>(request.Delivery, out var delivery))
            return Problems.Invalid("delivery", "Use window, village-station or mail.");
        line.Archive(delivery, clock.GetUtcNow());
        return await AgentSteps.SaveAsync(db, line, ct);
    }
}
