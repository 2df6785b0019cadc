namespace Linkage.Contracts.Events.Intake;

/// <summary>Who applied, without the ID number in clear: a masked form and a keyed digest.</summary>
public sealed record ApplicantSummary(
    string Kind,          // "person" | "organisation"
    string Name,
    string MaskedId,
    string IdDigest,
    string? CreditCode,   // organisations only; credit codes are public
    LegalRepresentative? LegalRepresentative = null); // organisations, when given at intake (decision 0672)

/// <summary>An organisation's legal representative (法定代表人) as recorded at intake: the name on the business licence,
/// the ID number only masked and as the taking deployment's keyed digest, so only that deployment can check an ID card
/// against it (decision 0672).</summary>
public sealed record LegalRepresentative(string Name, string MaskedId, string IdDigest);
