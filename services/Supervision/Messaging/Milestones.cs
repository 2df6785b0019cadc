using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Alarms;
using Linkage.Supervision.Persistence;

namespace Linkage.Supervision.Messaging;

/// <summary>A step's cards (decision 0595), as its events (<see cref="MilestoneChanges"/>) and the sweep raise and resolve them.</summary>
public static class Milestones
{
    /// <summary>A step's card in the daily red counter of the unit owing the step, on the day it is raised (0589).</summary>
    public static void Count(SupervisionDbContext db, Milestone step, Alarm card) => DailyCounts.Add(db,
        new CountKey(step.Division, step.OrgUnitId, step.MatterCode, step.WindowId), card.RaisedOn, Tally.Card(card.Level));

    /// <summary>The card raised: added, counted and announced.</summary>
    public static void Raise(SupervisionDbContext db, Milestone step, Alarm card)
    {
        db.Alarms.Add(card);
        Count(db, step, card);
        db.Publish(AlarmEvents.Raised(card), step.CaseId.ToString());
    }

    /// <summary>The open card resolved by the system, and announced.</summary>
    public static void Resolve(SupervisionDbContext db, Alarm card, string note, DateTimeOffset at)
    {
        if (card.Resolve(Alarm.System, at, note)) db.Publish(AlarmEvents.Resolved(card), card.CaseId.ToString());
    }
}
