namespace Linkage.Contracts.Events.Fees;

/// <summary>A department's daily report of collected fees differs from what was collected at the window and online
/// (日对账不符): an alarm for supervision. Amounts in fen.</summary>
public sealed record FeeReconciliationMismatch(
    Guid ReconciliationId,
    string DepartmentId,
    string HandlingOrgUnitId,
    string HandlingDivision,
    DateOnly Day,
    long CollectedFen,
    long ReportedFen,
    DateTimeOffset FlaggedAt);
