namespace Linkage.Contracts.Events.Fees;

/// <summary>An approved case's fee is now paid or waived with a reason: intake may complete it (办结).
/// Sent once both have happened, whichever came second.</summary>
public sealed record FeeCleared(Guid CaseId, string CaseNumber, DateTimeOffset ClearedAt);
