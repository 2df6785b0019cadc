namespace Linkage.Contracts.Federation;

/// <summary>The issuer revoked a licence it had sent down to a station's deployment, or a re-issue or a merged
/// licence's successor superseded it (decision 0528). Target division = the station's; it speaks for
/// <see cref="HandlingDivision"/>; subject = the identifier, after its <see cref="CertificateForStation"/> (sequence 2:
/// a licence leaves <c>valid</c> once). <see cref="Status"/> is <c>revoked</c> (with <see cref="Reason"/>) or
/// <c>superseded</c> (with <see cref="SuccessorIdentifier"/>, which goes down by its own
/// <see cref="CertificateForStation"/> when its case is this station's too).</summary>
public sealed record CertificateStatusChanged(
    string Identifier,
    Guid CaseId,
    string HandlingDivision,
    string Status,
    string? Reason,
    string? SuccessorIdentifier,
    DateTimeOffset At,
    long Sequence = 2)
{
    public const string Type = "linkage.certificates.certificate-status-changed.v1";

    public const string Revoked = "revoked", Superseded = "superseded";
}
