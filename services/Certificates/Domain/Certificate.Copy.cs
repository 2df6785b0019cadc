using Linkage.Contracts.Federation;

namespace Linkage.Certificates.Domain;

/// <summary>A licence issued by another deployment for a case taken in at one of this deployment's stations, kept as
/// sent (decision 0625): the same identifier, content and seal, so it prints and verifies here as at the issuer. The
/// holder's digest stays empty (the issuer's is keyed with its own secret), so holders do not read it here; the
/// station's agent does.</summary>
public sealed partial class Certificate
{
    public static Certificate CopyOf(CertificateForStation s) => new()
    {
        Id = s.CertificateId,
        Identifier = s.Identifier,
        Version = s.Version,
        PredecessorIdentifier = s.PredecessorIdentifier,
        TypeCode = s.TypeCode,
        TypeName = s.TypeName,
        Number = s.Number,
        Serial = s.Serial,
        IssuerCreditCode = s.IssuerCreditCode,
        IssuedOn = s.IssuedOn,
        IssuedAt = s.IssuedAt,
        ValidFrom = s.ValidFrom,
        ValidUntil = s.ValidUntil,
        Holder = new CertificateHolder(s.HolderName, s.HolderMaskedId, ""),
        HolderCreditCode = s.HolderCreditCode,
        MatterCode = s.MatterCode,
        MatterName = s.MatterName,
        CaseId = s.CaseId,
        CaseNumber = s.CaseNumber,
        HandlingOrgUnitId = s.HandlingOrgUnitId,
        HandlingDivision = s.HandlingDivision,
        SubmittedAtOrgUnitId = s.SubmittedAtOrgUnitId,
        Legs = [.. s.Legs.Select(l => new LicenceLeg(l.ImplementationCode, l.MatterCode, l.MatterName, l.ApprovingDepartments, l.ApprovedAt))],
        Status = CertificateStatus.Valid,
        Signature = s.Signature,
        SignedAt = s.SignedAt,
        KeyId = s.KeyId,
    };

    /// <summary>What the station's deployment needs to keep, print and verify this licence.</summary>
    public CertificateForStation ForStation(string submittedAtDivision, byte[] sealPublicKey) => new(
        Id, Identifier, Version, PredecessorIdentifier, TypeCode, TypeName, Number, Serial, IssuerCreditCode, IssuedOn, IssuedAt,
        ValidFrom, ValidUntil, Holder.Name, Holder.MaskedId, HolderCreditCode, MatterCode, MatterName, CaseId, CaseNumber,
        HandlingOrgUnitId, HandlingDivision, SubmittedAtOrgUnitId, submittedAtDivision,
        [.. Legs.Select(l => new SealedLeg(l.ImplementationCode, l.MatterCode, l.MatterName, l.ApprovingDepartments, l.ApprovedAt))],
        KeyId!, Signature!, SignedAt!.Value, sealPublicKey);
}
