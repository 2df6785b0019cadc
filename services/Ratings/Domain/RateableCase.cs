namespace Linkage.Ratings.Domain;

/// <summary>Ratings' own view of a case, fed by intake's events: who applied (as a digest), who handled it,
/// where it was received (the window), and whether it is finished — only finished cases can be rated.</summary>
public sealed class RateableCase
{
    private RateableCase() { }

    public Guid Id { get; private set; }
    public string CaseNumber { get; private set; } = "";
    public string MatterCode { get; private set; } = "";
    public string HandlingOrgUnitId { get; private set; } = "";
    public string HandlingDivision { get; private set; } = "";
    public string SubmittedAtOrgUnitId { get; private set; } = "";
    public string SubmittedAtDivision { get; private set; } = "";
    public string ApplicantIdDigest { get; private set; } = "";
    public bool Completed { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }

    public static RateableCase Know(
        Guid id, string caseNumber, string matterCode, string handlingOrgUnitId, string handlingDivision, string submittedAtOrgUnitId,
        string submittedAtDivision, string applicantIdDigest) => new()
    {
        Id = id,
        CaseNumber = caseNumber,
        MatterCode = matterCode,
        HandlingOrgUnitId = handlingOrgUnitId,
        HandlingDivision = handlingDivision,
        SubmittedAtOrgUnitId = submittedAtOrgUnitId,
        SubmittedAtDivision = submittedAtDivision,
        ApplicantIdDigest = applicantIdDigest,
    };

    public void Complete(DateTimeOffset at)
    {
        if (Completed) return;
        (Completed, CompletedAt) = (true, at.ToUniversalTime());
    }
}
