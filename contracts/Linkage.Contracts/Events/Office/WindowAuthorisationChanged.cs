namespace Linkage.Contracts.Events.Office;

/// <summary>A centre's management recorded a department's window authorisation letter (窗口授权, decision 0501): the
/// powers its window at the centre now holds. Every process that keeps the office's answers drops them (decision 0620).</summary>
public sealed record WindowAuthorisationChanged(string OrgUnitId, string DepartmentId, string[] Powers, DateTimeOffset GrantedAt);
