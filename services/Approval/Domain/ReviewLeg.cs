namespace Linkage.Approval.Domain;

/// <summary>One leg of a one-thing case (一件事一次办): the pinned entry it was accepted under, its own committed
/// deadline and its own join rule (N-of-M quorum, 0 = every department).</summary>
public sealed record ReviewLeg(
    string ImplementationCode,
    int ImplementationVersion,
    string MatterCode,
    string MatterName,
    DateOnly Deadline,
    int Quorum);

/// <summary>The one licence a bundle yields (issued by certificates, keyed by the company's credit code).</summary>
public sealed record MergedLicence(string TypeCode, string TypeName, string IssuerCreditCode, int ValidityYears);
