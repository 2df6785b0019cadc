using Linkage.Certificates.Domain;

namespace Linkage.Certificates.Features.VerifyCertificate;

/// <summary>What anyone holding the identifier (or scanning the QR code) may learn: status, type, issuer, dates
/// and the holder masked. <c>Signed</c> becomes true once SM2 seals are applied (a later step).</summary>
public sealed record VerificationView(
    string Identifier,
    CertificateStatus Status,
    string TypeCode,
    string TypeName,
    string Number,
    string IssuerCreditCode,
    DateOnly IssuedOn,
    DateOnly ValidFrom,
    DateOnly? ValidUntil,
    MaskedHolderView Holder,
    int Version,
    bool Signed);

public sealed record MaskedHolderView(string Name, string MaskedId);
