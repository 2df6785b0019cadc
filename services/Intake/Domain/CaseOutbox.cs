using Linkage.Contracts.Federation;
using Linkage.Intake.Persistence;
using Linkage.Messaging;

namespace Linkage.Intake.Domain;

/// <summary>Which events a case's new state announces, written to the outbox with the state itself.</summary>
public static class CaseOutbox
{
    public static void Submitted(IntakeDbContext db, IntakeCase c) =>
        db.Publish(CaseEvents.Submitted(c), c.Id.ToString());

    /// <summary>Tells the station that forwarded the case what became of it (the station's copy follows).</summary>
    public static void Upstream(IntakeDbContext db, IntakeCase c, string status, DateTimeOffset at,
        string? outcome = null, string? certificate = null, IReadOnlyList<string>? materials = null, string? reason = null)
    {
        if (!c.IsForwarded) return;
        var change = new CaseStatusChanged(c.Id, c.CaseNumber, status, at, c.HandlingDivision, c.NextFederationSequence(),
            outcome, certificate, materials, reason);
        db.PublishFederated(change, new FederationRoute(CaseStatusChanged.Type, c.Id.ToString(), c.SubmittedAtDivision));
    }

    public static void Announce(IntakeDbContext db, IntakeCase c, TimeProvider clock)
    {
        var key = c.Id.ToString();
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
