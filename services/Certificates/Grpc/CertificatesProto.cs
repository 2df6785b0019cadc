using Linkage.Certificates.Features.Shared;
using Linkage.Certificates.Features.VerifyCertificate;
using Linkage.Contracts.Certificates.V1;
using Linkage.ServiceDefaults.Grpc;

namespace Linkage.Certificates.Grpc;

/// <summary>linkage.certificates.v1 messages from the REST views.</summary>
internal static class CertificatesProto
{
    public static Certificate ToProto(CertificateView c) => new()
    {
        Id = c.Id.ToString(), Identifier = c.Identifier, Version = c.Version, TypeCode = c.TypeCode, TypeName = c.TypeName,
        Number = c.Number, IssuerCreditCode = c.IssuerCreditCode, IssuedOn = c.IssuedOn.Text(), ValidFrom = c.ValidFrom.Text(),
        ValidUntil = c.ValidUntil.Text(), HolderName = c.Holder.Name, HolderMaskedId = c.Holder.MaskedId, MatterCode = c.MatterCode,
        MatterName = c.MatterName, CaseId = c.CaseId.ToString(), CaseNumber = c.CaseNumber, Status = c.Status.Kebab(),
        KeyId = c.KeyId ?? "", Signature = c.Signature ?? "", SignedContent = c.SignedContent, QrPayload = c.QrPayload ?? "",
        IssuedAt = c.IssuedAt.Instant(),
    };

    public static Verification ToProto(VerificationView v) => new()
    {
        Identifier = v.Identifier, Status = v.Status.Kebab(), TypeCode = v.TypeCode, TypeName = v.TypeName, Number = v.Number,
        IssuerCreditCode = v.IssuerCreditCode, IssuedOn = v.IssuedOn.Text(), ValidFrom = v.ValidFrom.Text(),
        ValidUntil = v.ValidUntil.Text(), HolderName = v.Holder.Name, HolderMaskedId = v.Holder.MaskedId, Version = v.Version,
        Signed = v.Signed, SignatureValid = v.SignatureValid, KeyId = v.KeyId ?? "", SignedAt = v.SignedAt.Instant(),
        SupersededBy = v.SupersededBy ?? "",
    };
}
