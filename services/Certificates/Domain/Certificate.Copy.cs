using Linkage.Contracts.Federation;

namespace Linkage.Certificates.Domain;

/// <summary>A licence issued by another deployment for a case taken in at one of this deployment's stations, kept as
/// sent (decision 0625): the same identifier, content and seal, so it prints and verifies here as at the issuer. The
/// holder's digest is the one this deployment computed when the case was taken in at its station (decision 0528), so
/// the agent's hand-over checks the ID number against it and the holder reads the copy here; the issuer's revocation or
/// re-issue reaches it as <see cref="CertificateStatusChanged"/>.</summary>
public sealed partial class Certificate
{
    public static Certificate CopyOf(CertificateForStation s, Guid? predecessorId) => new()
    {
        Id = s.CertificateId,
        Identifier = s.Identifier,
        Version = s.Version,
        PredecessorId = predecessorId,
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
        Holder = new CertificateHolder(s.HolderName, s.HolderMaskedId, s.HolderIdDigest ?? "", s.HolderRepresentative),
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
        KeyId!, Signature!, SignedAt!.Value, sealPublicKey, Holder.IdDigest, HolderRepresentative: Holder.LegalRepresentative);

    /// <summary>The issuer's revocation or supersession of a copy kept here; false if the copy has left valid already.</summary>
    public bool FollowIssuer(CertificateStatusChanged change)
    {
        if (!IsCurrent) return false;
        if (change.Status == CertificateStatusChanged.Revoked) Revoke(change.Reason ?? "", "issuer", change.At);
        else Status = CertificateStatus.Superseded;
        return true;
    }

    /// <summary>How the issuer's change of this licence goes down to the station's deployment that keeps a copy.</summary>
    public CertificateStatusChanged ChangeForStation(string? successorIdentifier, DateTimeOffset at) => new(
        Identifier, CaseId, HandlingDivision,
        Status == CertificateStatus.Revoked ? CertificateStatusChanged.Revoked : CertificateStatusChanged.Superseded,
        RevocationReason, successorIdentifier, at);
}
