namespace Linkage.Approval.Domain;

/// <summary>The facts of an accepted case (受理) that the review plan keeps.</summary>
public sealed record AcceptedCase(
    Guid CaseId,
    string CaseNumber,
    string MatterCode,
    string MatterName,
    string ImplementationCode,
    int ImplementationVersion,
    string HandlingOrgUnitId,
    string HandlingDivision,
    string SubmittedAtOrgUnitId,
    string SubmittedAtDivision,
    Holder Holder,
    DateTimeOffset AcceptedAt,
    DateOnly AcceptedOn,
    DateOnly DueDate,
    IReadOnlyList<ReviewLeg>? Legs = null,
    MergedLicence? MergedLicence = null);
