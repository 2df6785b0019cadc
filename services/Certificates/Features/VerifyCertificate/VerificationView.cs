using Linkage.Certificates.Domain;
using Linkage.Certificates.Domain.Rules;

namespace Linkage.Certificates.Features.VerifyCertificate;

/// <summary>What anyone holding the identifier (or scanning the QR code) may learn: whether the seal verifies
/// against the published key, the status, type, issuer, dates and the holder masked.</summary>
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
    MaskedHolderView Applicant, // the 持证人, the case's applicant (api-style)
    int Version,
    bool Signed,
    bool SignatureValid,
    string? KeyId,
    DateTimeOffset? SignedAt,
    string? SupersededBy,
    IReadOnlyList<LicenceLeg> Legs)
{
    public static VerificationView From(Certificate c, CertificateStatus status, bool signatureValid, string? supersededBy) => new(
        c.Identifier, status, c.TypeCode, c.TypeName, c.Number, c.IssuerCreditCode, c.IssuedOn, c.ValidFrom, c.ValidUntil,
        new MaskedHolderView(HolderNameMask.Apply(c.Holder.Name), c.Holder.MaskedId), c.Version, c.Signature is not null,
        signatureValid, c.KeyId, c.SignedAt, supersededBy, c.Legs);
}

public sealed record MaskedHolderView(string Name, string MaskedId);
