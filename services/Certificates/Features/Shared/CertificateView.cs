using Linkage.Certificates.Domain;
using Linkage.Certificates.Domain.Rules;
using Linkage.Certificates.Signing;

namespace Linkage.Certificates.Features.Shared;

/// <summary>A certificate's metadata (docs/domain.md) for its holder and the staff of the handling subtree, with its seal,
/// the exact content the seal covers (for offline verification with the published key) and the QR payload.</summary>
public sealed record CertificateView(
    Guid Id,
    string Identifier,
    int Version,
    Guid? PredecessorId,
    string TypeCode,
    string TypeName,
    string Number,
    string IssuerCreditCode,
    DateOnly IssuedOn,
    DateOnly ValidFrom,
    DateOnly? ValidUntil,
    HolderView Applicant, // the 持证人, the case's applicant (api-style)
    string MatterCode,
    string MatterName,
    Guid CaseId,
    string CaseNumber,
    CertificateStatus Status,
    string? PredecessorIdentifier,
    string? HolderCreditCode,
    string? KeyId,
    string? Signature,
    string SignedContent,
    string? QrPayload,
    DateTimeOffset IssuedAt,
    IReadOnlyList<LicenceLeg> Legs)
{
    public static CertificateView From(Certificate c, DateOnly today) => new(
        c.Id, c.Identifier, c.Version, c.PredecessorId, c.TypeCode, c.TypeName, c.Number, c.IssuerCreditCode,
        c.IssuedOn, c.ValidFrom, c.ValidUntil, new HolderView(c.Holder.Name, c.Holder.MaskedId), c.MatterCode,
        c.MatterName, c.CaseId, c.CaseNumber, new EffectiveStatusPolicy(today).Of(c), c.PredecessorIdentifier, c.HolderCreditCode,
        c.KeyId, c.Signature is { } s ? Convert.ToBase64String(s) : null, CanonicalContent.Text(c),
        c.Signature is { } seal ? Signing.QrPayload.Create(c.Identifier, seal) : null, c.IssuedAt, c.Legs);
}

public sealed record HolderView(string Name, string MaskedId);
