namespace Linkage.Contracts.Events.Intake;

/// <summary>Who applied, without the ID number in clear: a masked form and a keyed digest.</summary>
public sealed record ApplicantSummary(
    string Kind,          // "person" | "organisation"
    string Name,
    string MaskedId,
    string IdDigest,
    string? CreditCode);  // organisations only; credit codes are public
