namespace Linkage.Certificates.Domain;

/// <summary>The licence holder: the ID number only masked and as a keyed digest (to recognise the applicant).</summary>
public sealed record CertificateHolder(string Name, string MaskedId, string IdDigest);
