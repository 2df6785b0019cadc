namespace Linkage.Supervision.Persistence;

/// <summary>A row of <c>supervision.state_rollups</c> (decision 0526), read with SQL only.</summary>
public sealed record StateRollUpRow(
    DateOnly Day, string HandlingDivision, int OpenOverdue, int AlarmsRaised, int AlarmsAcknowledged, int AlarmsResolved,
    int Red, int Yellow, int OrdersAwaiting, int OrdersReplied, int OrdersEscalated, long Version, string RolledUpFrom);
