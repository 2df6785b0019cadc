namespace Linkage.Contracts.Federation;

/// <summary>Status flowing back down to the station that took the case: <c>awaiting-supplement</c> (with what is
/// asked and why), <c>completed</c> (with the outcome: approved, rejected…), <c>certificate-issued</c> (with the
/// certificate's identifier), <c>due-date-moved</c> (an extension or a clock stop that ended, with the new
/// <see cref="DueDate"/>) or <c>terminated</c>. It speaks for <see cref="HandlingDivision"/>, the competent unit's division;
/// <see cref="Sequence"/> counts that unit's federation events of the case (decision 0332). Fields after
/// <see cref="ChangedAt"/> were added with issue 19.</summary>
public sealed record CaseStatusChanged(
    Guid CaseId,
    string CaseNumber,
    string Status,
    DateTimeOffset ChangedAt,
    string? HandlingDivision = null,
    long Sequence = 0,
    string? Outcome = null,
    string? CertificateIdentifier = null,
    IReadOnlyList<string>? Materials = null,
    string? Reason = null,
    DateOnly? DueDate = null)
{
    public const string Type = "linkage.intake.case-status-changed.v1";

    public const string AwaitingSupplement = "awaiting-supplement";
    public const string Completed = "completed";
    public const string CertificateIssued = "certificate-issued";
    public const string DueDateMoved = "due-date-moved";
    public const string Terminated = "terminated";
}
