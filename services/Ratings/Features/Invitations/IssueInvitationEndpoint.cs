using Linkage.Ratings.Domain.Rules;
using Linkage.Kernel.Rules;
using Linkage.Ratings.Domain;
using Linkage.Ratings.Features.Shared;
using Linkage.Ratings.Persistence;
using Linkage.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Features.Invitations;

/// <summary>POST /api/ratings/invitations: staff put the rating pad invitation up for a case their own window or
/// station handled (一次一评). The channel follows from who asks: a window clerk → window, a village agent → station.</summary>
public static class IssueInvitationEndpoint
{
    public sealed record IssueInvitationRequest(Guid? CaseId);

    private const string AlreadyInvited = "This case has its invitation on this channel already.";

    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/invitations", Handle)
        .WithName("IssueRatingInvitation")
        .WithSummary("A window clerk or village agent issues the pad invitation for a completed case their unit handled.");

    private static async Task<Results<Created<InvitationView>, InvalidRequest, ProblemHttpResult>> Handle(
        IssueInvitationRequest request, HttpContext http, RatingsDbContext db, RatingsSettings settings, TimeProvider clock,
        CancellationToken ct)
    {
        if (request.CaseId is not { } caseId || caseId == Guid.Empty) return Problems.Invalid("caseId", "The case id is required.");
        var caller = http.Caller();
        RatingChannel? channel = caller.Has(Roles.WindowClerk) ? RatingChannel.Window : caller.Has(Roles.VillageAgent) ? RatingChannel.Station : null;
        var unit = caller.OrgUnitId;
        var @case = channel is null || unit is null ? null : await db.Cases.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == caseId && (c.HandlingOrgUnitId == unit || c.SubmittedAtOrgUnitId == unit), ct);
        if (@case is null) return Problems.NotFound($"Case {caseId}");
        if (BusinessRule.FirstBroken(new CaseMustBeCompletedRule(@case)) is { } broken) return Problems.Conflict(broken);

        var invitation = await InvitationIssuer.IssueAsync(db, @case, channel!.Value, caller.Subject, clock.GetUtcNow(), settings.InvitationPeriod, ct);
        if (invitation is not null) db.Audit(caller, "rating.invited", "case", caseId.ToString(), new { channel });
        if (invitation is null || !await InvitationWrite.SavedAsync(db, ct)) return Problems.FieldConflict("caseId", AlreadyInvited);
        return TypedResults.Created((string?)null, InvitationView.From(invitation, @case));
    }
}
