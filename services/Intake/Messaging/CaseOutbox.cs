using Linkage.Contracts.Federation;
using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Linkage.Messaging;

namespace Linkage.Intake.Messaging;

/// <summary>What a case's changes announce, written to the outbox with the state itself: a new case is submitted,
/// a new status is announced once (acceptance of a forwarded case crosses the federation bus as CaseForwarded),
/// supplies go to approval, and the station of a forwarded case hears what the competent unit did.</summary>
public static class CaseOutbox
{
    public static void Announce(IntakeDbContext db, IntakeCase c, IReadOnlyList<CaseChange> changes, TimeProvider clock)
    {
        var key = c.Id.ToString();
        if (changes.Any(x => x is CaseChange.Received)) db.Publish(CaseEvents.Submitted(c), key);
        if (changes.Any(x => x is CaseChange.Received or CaseChange.Moved)) AnnounceStatus(db, c, key, clock);
        foreach (var change in changes)
        {
            if (change is CaseChange.Supplied supplied) db.Publish(CaseEvents.Supplied(c, supplied.Codes, supplied.At), key);
            if (change is CaseChange.StationTold told)
                Upstream(db, c, told.Status, told.At, told.Outcome, materials: told.Materials, reason: told.Reason);
        }
    }

    /// <summary>Tells the station that forwarded the case what became of it (the station's copy follows).</summary>
    public static void Upstream(IntakeDbContext db, IntakeCase c, string status, DateTimeOffset at,
        string? outcome = null, string? certificate = null, IReadOnlyList<string>? materials = null, string? reason = null)
    {
        if (!c.IsForwarded) return;
        var change = new CaseStatusChanged(c.Id, c.CaseNumber, status, at, c.HandlingDivision, c.NextFederationSequence(),
            outcome, certificate, materials, reason);
        db.PublishFederated(change, new FederationRoute(CaseStatusChanged.Type, c.Id.ToString(), c.SubmittedAtDivision));
    }

    private static void AnnounceStatus(IntakeDbContext db, IntakeCase c, string key, TimeProvider clock)
    {
        switch (c.Status)
        {
            case CaseStatus.Accepted when c.IsForwarded:
                db.PublishFederated(new CaseForwarded(CaseEvents.Accepted(c), clock.GetUtcNow(), c.NextFederationSequence()),
                    new FederationRoute(CaseForwarded.Type, key, c.HandlingDivision));
                break;
            case CaseStatus.Accepted:
                db.Publish(CaseEvents.Accepted(c), key);
                break;
            case CaseStatus.Completed:
                db.Publish(CaseEvents.Completed(c), key);
                break;
            case CaseStatus.AwaitingMaterials:
                db.Publish(CaseEvents.MaterialsRequested(c), key);
                break;
            case CaseStatus.Refused:
                db.Publish(CaseEvents.Refused(c), key);
                break;
            case CaseStatus.Terminated:
                db.Publish(CaseEvents.Terminated(c), key);
                break;
        }
    }
}
