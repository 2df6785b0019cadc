namespace Linkage.Contracts.Federation;

/// <summary>What is open at a child deployment, for one handling division and day, whole, sent to the tier above when
/// it changed (docs/decisions/0526): cases still open past their due date (by due date), alarms by state and level (by
/// the day raised), 督办 orders by state (by the day issued, under the unit ordered). <see cref="Sequence"/> is the
/// row's version: the receiver keeps the highest, so a replay or a late older version changes nothing.</summary>
public sealed record StateRolledUp(DateOnly Day, string HandlingDivision, long Sequence, StateRolledUp.Figures State)
{
    public const string Type = "linkage.supervision.state-rolled-up.v1";

    /// <summary>Alarms raised, acknowledged and resolved (by their state now) and red and yellow (by level); orders
    /// awaiting a reply, replied, and escalated unanswered.</summary>
    public sealed record Figures(
        int OpenOverdue, int AlarmsRaised, int AlarmsAcknowledged, int AlarmsResolved, int Red, int Yellow,
        int OrdersAwaiting, int OrdersReplied, int OrdersEscalated);
}
