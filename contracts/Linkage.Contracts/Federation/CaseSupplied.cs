namespace Linkage.Contracts.Federation;

/// <summary>Materials supplied at the station for a forwarded case (补正), going up to the competent unit so its copy
/// leaves <c>awaiting-supplement</c> and approval's clock resumes. Target division = the competent unit's division;
/// it speaks for <see cref="SubmittedAtDivision"/>, the station's, and <see cref="Sequence"/> continues the station's
/// count of the case's federation events (decision 0332). Only the material codes cross; the files stay at the station.</summary>
public sealed record CaseSupplied(
    Guid CaseId,
    string CaseNumber,
    string SubmittedAtDivision,
    IReadOnlyList<string> Materials,
    DateTimeOffset SuppliedAt,
    long Sequence = 0)
{
    public const string Type = "linkage.intake.case-supplied.v1";
}
