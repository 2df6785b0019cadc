using Linkage.Contracts.Federation;
using Linkage.Intake.Persistence;
using Linkage.Messaging;

namespace Linkage.Intake.Domain;

/// <summary>Which events a case's new state announces, written to the outbox with the state itself.</summary>
public static class CaseOutbox
{
    public static void Submitted(IntakeDbContext db, IntakeCase c) =>
        db.Publish(CaseEvents.Submitted(c), c.Id.ToString());

    public static void Announce(IntakeDbContext db, IntakeCase c, TimeProvider clock)
    {
        var key = c.Id.ToString();
        switch (c.Status)
        {
            case CaseStatus.Accepted when c.IsForwarded:
                db.PublishFederated(new CaseForwarded(CaseEvents.Accepted(c), clock.GetUtcNow()),
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
