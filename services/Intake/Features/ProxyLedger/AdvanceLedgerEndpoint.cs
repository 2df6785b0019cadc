using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Linkage.ServiceDefaults.Auth;
using Linkage.ServiceDefaults.Json;
using Linkage.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Answer = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok<Linkage.Intake.Features.ProxyLedger.LedgerView>,
    Linkage.ServiceDefaults.Problems.InvalidRequest,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace Linkage.Intake.Features.ProxyLedger;

/// <summary>The agent moves a ledger line on, in order: acceptance (links the proxy case), reply (the result
/// delivered; the case must be finished), archive (with the follow-up visit), publication.</summary>
public static class AdvanceLedgerEndpoint
{
    public sealed record LedgerStepRequest(
        Guid? CaseId, string? Delivery, DateOnly? FollowUpOn, string? Note, string? Satisfaction);

    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/proxy-ledger/{id:guid}/{step:regex(^(acceptance|reply|archive|publication)$)}", Handle)
        .RequireAuthorization(p => p.RequireRole(Roles.VillageAgent))
        .WithName("AdvanceProxyLedger");

    private static async Task<Answer> Handle(
        Guid id, string step, LedgerStepRequest request, HttpContext http, IntakeDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var entry = await db.ProxyLedger.VisibleTo(http.Caller()).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null) return Problems.NotFound($"Ledger entry {id}");
        var linked = request.CaseId ?? entry.CaseId;
        var c = linked is null ? null : await db.Cases.FirstOrDefaultAsync(x => x.Id == linked, ct);
        var now = clock.GetUtcNow();

        var outcome = step switch
        {
            "acceptance" => Accept(entry, c, now),
            "reply" => Reply(entry, c, request.Delivery, now),
            "archive" => Archive(entry, request, now),
            _ => Publish(entry, now),
        };
        if (outcome is not null) return outcome;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(LedgerView.From(entry, c));
    }

    private static Answer? Accept(ProxyLedgerEntry e, IntakeCase? c, DateTimeOffset now)
    {
        if (e.Stage != ProxyStage.Asked) return WrongStage(e, "accepted");
        if (c is null || c.Channel != Channel.Proxy || c.SubmittedAtOrgUnitId != e.StationOrgUnitId
            || c.Applicant.IdDigest != e.PrincipalDigest || c.MatterCode != e.MatterCode)
            return Problems.Invalid("caseId", "Name the proxy case this station took for this principal and matter.");
        e.Accept(c.Id, now);
        return null;
    }

    private static Answer? Reply(ProxyLedgerEntry e, IntakeCase? c, string? delivery, DateTimeOffset now)
    {
        if (e.Stage != ProxyStage.Accepted) return WrongStage(e, "replied");
        if (!KebabEnum.TryParse<DeliveryMode>(delivery, out var mode)) return Problems.Invalid("delivery", "Use station, home or mail.");
        if (c?.Status is not (CaseStatus.Completed or CaseStatus.Refused or CaseStatus.Terminated))
            return Conflict("caseStatus", "The case is not finished yet; reply when the result is back.");
        e.Reply(mode, now);
        return null;
    }

    private static Answer? Archive(ProxyLedgerEntry e, LedgerStepRequest request, DateTimeOffset now)
    {
        if (e.Stage != ProxyStage.Replied) return WrongStage(e, "archived");
        if (request.FollowUpOn is null) return Problems.Invalid("followUpOn", "The follow-up visit (回访) date is required.");
        if (request.Note is { Length: > 1000 }) return Problems.Invalid("note", "At most 1000 characters.");
        if (!KebabEnum.TryParse<Satisfaction>(request.Satisfaction, out var satisfaction))
            return Problems.Invalid("satisfaction", "Use satisfied, basically-satisfied or dissatisfied.");
        e.Archive(new FollowUp(request.FollowUpOn.Value, request.Note?.Trim(), satisfaction), now);
        return null;
    }

    private static Answer? Publish(ProxyLedgerEntry e, DateTimeOffset now)
    {
        if (e.Stage != ProxyStage.Archived) return WrongStage(e, "published");
        e.Publish(now);
        return null;
    }

    private static ProblemHttpResult WrongStage(ProxyLedgerEntry e, string action) =>
        Conflict("stage", $"The ledger entry is {e.Stage.ToString().ToLowerInvariant()}; it cannot be {action} now.");

    private static ProblemHttpResult Conflict(string field, string message) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Title = "The ledger entry cannot take this step now.",
            Status = StatusCodes.Status409Conflict,
        });
}
