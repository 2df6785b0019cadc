using Linkage.Contracts.Federation;
using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Linkage.Messaging;

namespace Linkage.Intake.Messaging;

/// <summary>What a case's changes announce, written to the outbox with the state itself: a new case is submitted,
/// a new status is announced once (acceptance of a forwarded case crosses the federation bus as CaseForwarded),
/// supplies go to approval, the station of a forwarded case hears what the competent unit did, and the competent unit
/// hears what was supplied at the station.</summary>
public static class CaseOutbox
{
    public static void Announce(IntakeDbContext db, IntakeCase c, IReadOnlyList<CaseChange> changes, TimeProvider clock)
    {
        var key = c.Id.ToString();
        if (changes.Any(x => x is CaseChange.Received)) db.Publish(CaseEvents.Submitted(c), key);
        if (changes.Any(x => x is CaseChange.Received or CaseChange.Moved)) AnnounceStatus(db, c, key, clock);
        foreach (var change in changes)
        {
            if (change is CaseChange.Supplied supplied)
            {
                db.Publish(CaseEvents.Supplied(c, supplied.Codes, supplied.At), key);
                if (c.IsForwarded && !c.IsCompetentCopy) TellCompetentUnit(db, c, supplied);
            }
            if (change is CaseChange.StationTold told)
                Upstream(db, c, told.Status, told.At, told.Outcome, materials: told.Materials, reason: told.Reason);
        }
    }

    /// <summary>Tells the station that forwarded the case what became of it (the station's copy follows).</summary>
    public static void Upstream(IntakeDbContext db, IntakeCase c, string status, DateTimeOffset at,
        string? outcome = null, string? certificate = null, IReadOnlyList<string>? materials = null, string? reason = null,
        DateOnly? dueDate = null)
    {
        if (!c.IsForwarded) return;
        var change = new CaseStatusChanged(c.Id, c.CaseNumber, status, at, c.HandlingDivision, c.NextFederationSequence(),
            outcome, certificate, materials, reason, dueDate);
        db.PublishFederated(change, new FederationRoute(CaseStatusChanged.Type, c.Id.ToString(), c.SubmittedAtDivision));
    }

    /// <summary>Tells the competent unit what the station took for a forwarded case (补正 answered at the station).</summary>
    private static void TellCompetentUnit(IntakeDbContext db, IntakeCase c, CaseChange.Supplied supplied) =>
        db.PublishFederated(new CaseSupplied(c.Id, c.CaseNumber, c.SubmittedAtDivision, supplied.Codes, supplied.At, c.NextFederationSequence()),
            new FederationRoute(CaseSupplied.Type, c.Id.ToString(), c.HandlingDivision));

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
