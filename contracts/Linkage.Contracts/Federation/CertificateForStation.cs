using Linkage.Contracts.Events.Intake;

namespace Linkage.Contracts.Federation;

/// <summary>A licence issued for a case taken in at a village station served by another deployment, going down to that
/// deployment so the station can print it and hand it over (decision 0625). It carries the sealed content as the issuer
/// signed it (the fields of <c>linkage-certificate/1</c>), the seal, and the issuing org unit's public key, which the
/// receiver checks against the seal before it keeps the copy. Target division = <see cref="SubmittedAtDivision"/>; it
/// speaks for <see cref="HandlingDivision"/>; subject = the identifier, whose first event this is (sequence 1; a
/// <see cref="CertificateStatusChanged"/> may follow). <see cref="HolderIdDigest"/> is the holder's keyed digest as it
/// came up with the case: computed by the station's own deployment at intake, so only that deployment can check an ID
/// number against it (decision 0528); absent in copies sent before. <see cref="HolderRepresentative"/>, an organisation's
/// legal representative as that deployment recorded it, is kept the same way (0672).</summary>
public sealed record CertificateForStation(
    Guid CertificateId,
    string Identifier,
    int Version,
    string? PredecessorIdentifier,
    string TypeCode,
    string TypeName,
    string Number,
    long Serial,
    string IssuerCreditCode,
    DateOnly IssuedOn,
    DateTimeOffset IssuedAt,
    DateOnly ValidFrom,
    DateOnly? ValidUntil,
    string HolderName,
    string HolderMaskedId,
    string? HolderCreditCode,
    string MatterCode,
    string MatterName,
    Guid CaseId,
    string CaseNumber,
    string HandlingOrgUnitId,
    string HandlingDivision,
    string SubmittedAtOrgUnitId,
    string SubmittedAtDivision,
    IReadOnlyList<SealedLeg> Legs,
    string KeyId,
    byte[] Signature,
    DateTimeOffset SignedAt,
    byte[] SealPublicKey,
    string? HolderIdDigest = null,
    long Sequence = 1,
    LegalRepresentative? HolderRepresentative = null)
{
    public const string Type = "linkage.certificates.certificate-for-station.v1";
}

/// <summary>One leg's filing on a merged licence, as sealed.</summary>
public sealed record SealedLeg(
    string ImplementationCode,
    string MatterCode,
    string MatterName,
    IReadOnlyList<string> ApprovingDepartments,
    DateTimeOffset ApprovedAt);
