using Linkage.Kernel;

namespace Linkage.Certificates.Domain;

/// <summary>A merged licence (一照多址 / 一证准营): the one licence of a one-thing case, keyed by the company's credit code,
/// carrying each leg's filing. A later bundle case of the same company and licence type succeeds the current licence:
/// the next version of the same serial, with the new case's content and filings; the earlier one is superseded.</summary>
public sealed partial class Certificate
{
    public IReadOnlyList<LicenceLeg> Legs { get; private set; } = [];

    public static Certificate IssueMerged(
        ApprovedCase approved, LicenceType type, long serial, IReadOnlyList<LicenceLeg> legs, DateTimeOffset now)
    {
        var certificate = Issue(approved, type, serial, now);
        certificate.Legs = legs;
        return certificate;
    }

    /// <summary>The next version of this licence for a later case; this one becomes superseded.</summary>
    public Certificate SucceedWith(ApprovedCase approved, LicenceType type, IReadOnlyList<LicenceLeg> legs, DateTimeOffset now)
    {
        var next = IssueMerged(approved, type, Serial, legs, now);
        next.Version = Version + 1;
        next.Identifier = LicenceIdentifier.Create(TypeCode, IssuerCreditCode, Serial, next.Version).ToString();
        next.Number = Number;
        (next.PredecessorId, next.PredecessorIdentifier) = (Id, Identifier);
        next.ReissueReason = $"一件事 {approved.CaseNumber} 换发";
        Status = CertificateStatus.Superseded;
        return next;
    }
}
