namespace Linkage.Contracts.Events.Intake;

/// <summary>A one-thing case (一件事一次办): the bundle version it was accepted under and every leg's pinned entry.
/// On such a case <c>MatterCode</c>/<c>ImplementationCode</c> carry the bundle's code and version.</summary>
public sealed record BundleSummary(
    string BundleCode,
    int BundleVersion,
    string BundleName,
    IReadOnlyList<BundleLeg> Legs,
    BundleLicence? MergedLicence);

public sealed record BundleLeg(string ImplementationCode, int ImplementationVersion, string MatterCode, string MatterName);

/// <summary>The one licence a bundle yields, keyed by the company's credit code.</summary>
public sealed record BundleLicence(string TypeCode, string TypeName, string IssuerCreditCode, int ValidityYears);
