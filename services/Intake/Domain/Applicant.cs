using Linkage.Contracts.Events.Intake;

namespace Linkage.Intake.Domain;

/// <summary>The applicant (for proxy cases, the principal). The ID number itself is never stored:
/// only its masked form and a keyed digest to recognise the person later.
/// An organisation's legal representative is kept the same way, when given (decision 0672).</summary>
public sealed record Applicant(ApplicantKind Kind, string Name, string MaskedId, string IdDigest, string? CreditCode,
    LegalRepresentative? LegalRepresentative = null);

public enum ApplicantKind
{
    Person,
    Organisation,
}
