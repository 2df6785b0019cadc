namespace Linkage.Intake.Domain;

/// <summary>The applicant (for proxy cases, the principal). The ID number itself is never stored:
/// only its masked form and a keyed digest to recognise the person later.</summary>
public sealed record Applicant(ApplicantKind Kind, string Name, string MaskedId, string IdDigest, string? CreditCode);

public enum ApplicantKind
{
    Person,
    Organisation,
}
