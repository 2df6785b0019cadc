namespace Linkage.VideoReview.Domain;

/// <summary>Video review's own view of an accepted case: enough to check that a session's case exists and lies
/// in its creator's subtree.</summary>
public sealed class ReviewableCase
{
    private ReviewableCase() { }

    public Guid Id { get; private set; }
    public string CaseNumber { get; private set; } = "";
    public string MatterName { get; private set; } = "";
    public string HandlingDivision { get; private set; } = "";
    public string SubmittedAtDivision { get; private set; } = "";

    public static ReviewableCase Know(Guid id, string caseNumber, string matterName, string handlingDivision, string submittedAtDivision) =>
        new()
        {
            Id = id,
            CaseNumber = caseNumber,
            MatterName = matterName,
            HandlingDivision = handlingDivision,
            SubmittedAtDivision = submittedAtDivision,
        };
}
