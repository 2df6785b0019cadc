using Linkage.Certificates.Domain.Rules;
using Linkage.Kernel;

namespace Linkage.Certificates.Domain;

/// <summary>An electronic licence (电子证照) with the metadata of docs/domain.md. Version 1 has no predecessor;
/// a re-issue is a new row with version + 1 and the old one as predecessor. Sealed with the issuing org unit's SM2
/// key over the canonical content (Signing/CanonicalContent) in the issuing transaction.</summary>
public sealed partial class Certificate
{
    public const int FirstVersion = 1;

    private Certificate() { }

    public Guid Id { get; private set; }
    public string Identifier { get; private set; } = "";
    public int Version { get; private set; }
    public Guid? PredecessorId { get; private set; }
    public string? PredecessorIdentifier { get; private set; }
    public string TypeCode { get; private set; } = "";
    public string TypeName { get; private set; } = "";
    public string Number { get; private set; } = "";
    public long Serial { get; private set; }
    public string IssuerCreditCode { get; private set; } = "";
    public DateOnly IssuedOn { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidUntil { get; private set; }
    public CertificateHolder Holder { get; private set; } = null!;
    public string? HolderCreditCode { get; private set; }
    public string MatterCode { get; private set; } = "";
    public string MatterName { get; private set; } = "";
    public Guid CaseId { get; private set; }
    public string CaseNumber { get; private set; } = "";
    public string HandlingOrgUnitId { get; private set; } = "";
    public string HandlingDivision { get; private set; } = "";
    public CertificateStatus Status { get; private set; }
    public byte[]? Signature { get; private set; }
    public DateTimeOffset? SignedAt { get; private set; }
    public string? KeyId { get; private set; }

    /// <summary>Names the key first (the key id is part of what is signed), then stores the seal over the content.</summary>
    public void SignWith(string keyId, Func<Certificate, byte[]> seal, DateTimeOffset now)
    {
        KeyId = keyId;
        Signature = seal(this);
        SignedAt = now;
    }

    public static Certificate Issue(ApprovedCase approved, LicenceType type, long serial, DateTimeOffset now)
    {
        var issuedOn = ChinaTime.ToLocalDate(now);
        return new Certificate
        {
            Id = Guid.CreateVersion7(now),
            Identifier = LicenceIdentifier.Create(type.TypeCode, type.IssuerCreditCode, serial, FirstVersion).ToString(),
            Version = FirstVersion,
            TypeCode = type.TypeCode,
            TypeName = type.TypeName,
            Number = CertificateNumberPolicy.Format(issuedOn, serial),
            Serial = serial,
            IssuerCreditCode = type.IssuerCreditCode,
            IssuedOn = issuedOn,
            IssuedAt = now,
            ValidFrom = issuedOn,
            ValidUntil = new ValidityPeriodPolicy(type.ValidityYears).ValidUntil(issuedOn),
            Holder = approved.Holder,
            HolderCreditCode = approved.HolderCreditCode,
            MatterCode = approved.MatterCode,
            MatterName = approved.MatterName,
            CaseId = approved.CaseId,
            CaseNumber = approved.CaseNumber,
            HandlingOrgUnitId = approved.HandlingOrgUnitId,
            HandlingDivision = approved.HandlingDivision,
            SubmittedAtOrgUnitId = approved.SubmittedAtOrgUnitId,
            Status = CertificateStatus.Valid,
        };
    }
}
