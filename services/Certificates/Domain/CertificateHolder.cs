using Linkage.Contracts.Events.Intake;

namespace Linkage.Certificates.Domain;

/// <summary>The licence holder: the ID number only masked and as a keyed digest (to recognise the applicant).
/// An organisation's legal representative, as the case was taken in, is kept the same way to check its hand-over (decision 0672).</summary>
public sealed record CertificateHolder(string Name, string MaskedId, string IdDigest, LegalRepresentative? LegalRepresentative = null);
