using Linkage.Approval.Domain;
using Linkage.Approval.Persistence;
using Linkage.Messaging;

namespace Linkage.Approval.Features.DecideTask;

/// <summary>Which events a decision announces, written to the outbox in the decision's transaction.
/// Keyed by case id, so a case's events leave in order.</summary>
public static class ReviewOutbox
{
    public static void Announce(ApprovalDbContext db, ReviewCase @case, DecisionOutcome outcome)
    {
        var key = @case.Id.ToString();
        if (outcome is DecisionOutcome.Held held) db.Publish(held.Proposal, key);
        if (outcome is DecisionOutcome.Recorded recorded) Announce(db, @case, ReviewEvents.Of(@case, recorded));
    }

    public static void Announce(ApprovalDbContext db, ReviewCase @case, IReadOnlyList<object> events)
    {
        foreach (var e in events) db.Publish(e, @case.Id.ToString());
    }
}
