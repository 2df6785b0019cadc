using System.Text.Json.Serialization;

namespace Linkage.Approval.Domain;

/// <summary>A held rejection the centre's management approved (否定报备, decision 0562) while its department's own stop
/// held the case's clock: kept on the task and recorded when the clock runs again (decision 0577).</summary>
public sealed record ApprovedRejection(string Reason, string? LegalBasis, string By, string ByName, DateTimeOffset ApprovedAt)
{
    [JsonIgnore]
    public DepartmentDecision Decision => new(ReviewDecision.Reject, Reason, LegalBasis);

    [JsonIgnore]
    public Reviewer Reviewer => new(By, ByName);
}
