namespace Linkage.Contracts.Federation;

/// <summary>The village agent handed the licence over at the station, after checking the holder's ID card, going up to
/// the issuing deployment so its delivery is recorded and the delivery milestone met (decision 0625). Target division =
/// the certificate's handling division; it speaks for <see cref="StationDivision"/>; subject = the identifier, the
/// station's only event of it (sequence 1). Only the recipient's masked ID crosses; a company's collector's name and
/// authorisation letter number go with it (decision 0659), and the agent's name (<see cref="DeliveredByName"/>, added in
/// v1: absent in events sent before, which apply without it, decision 0672).</summary>
public sealed record CertificateHandedOver(
    string Identifier,
    Guid CaseId,
    string StationOrgUnitId,
    string StationDivision,
    string RecipientMaskedId,
    string DeliveredBy,
    DateTimeOffset DeliveredAt,
    long Sequence = 1,
    string? RecipientName = null,
    string? AuthorisationLetter = null,
    string? DeliveredByName = null)
{
    public const string Type = "linkage.certificates.certificate-handed-over.v1";
}
