namespace Linkage.Certificates.Domain;

/// <summary>One leg's filing on a merged licence (一件事一次办): the implementation entry, the matter, the departments
/// that approved it and when its review joined.</summary>
public sealed record LicenceLeg(
    string ImplementationCode,
    string MatterCode,
    string MatterName,
    IReadOnlyList<string> ApprovingDepartments,
    DateTimeOffset ApprovedAt);
