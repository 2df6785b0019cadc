using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Linkage.Kernel;

namespace Linkage.Intake.Features.ProxyLedger;

/// <summary>回访: the agent visited or called the principal after the result was delivered; satisfied or not, and a note.</summary>
public static class FollowUpLedgerEndpoint
{
    public sealed record FollowUpRequest(DateOnly? VisitedOn, bool? Satisfied, string? Note);

    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/proxy-ledger/{id:guid}/follow-up", Handle).ForStationAgents().WithName("FollowUpProxyLedgerLine").WithSummary("Record the follow-up visit (回访) of a ledger line.");

    private static async Task<Results<Ok<LedgerView>, InvalidRequest, ProblemHttpResult>> Handle(
        Guid id, FollowUpRequest request, HttpContext http, IntakeDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (line, problem) = await AgentSteps.LineForAsync(db, id, ProxyStage.FollowedUp, http.Caller(), ct);
        if (line is null) return problem!;
        var now = clock.GetUtcNow();
        var errors = new FieldErrors();
        errors.Require(request.VisitedOn is { } on && on >= ChinaTime.ToLocalDate(line.RepliedAt!.Value) && on <= ChinaTime.ToLocalDate(now),
            "visitedOn", "The day of the follow-up visit is required, between the reply and today.");
        errors.Require(request.Satisfied is not null, "satisfied", "Say whether the principal was satisfied (true or false).");
        errors.Require(request.Note is null || request.Note.Length <= 1000, "note", "At most 1000 characters.");
        if (errors.Any) return Problems.Invalid(errors);
        line.FollowUp(new FollowUpVisit(request.VisitedOn!.Value, request.Satisfied!.Value, request.Note?.Trim()), now);
        return await AgentSteps.SaveAsync(db, line, ct);
    }
}
