using Linkage.Kernel;

namespace Linkage.Catalog.Domain;

/// <summary>What an implementation entry is made from: the seed, and later the catalogue import.</summary>
public sealed record ImplementationDraft(
    string Code,
    int Version,
    DateOnly EffectiveFrom,
    string MatterCode,
    string OrgUnitId,
    CaseKind CaseKind,
    HandlingTimeLimit LegalLimit,
    HandlingTimeLimit CommittedLimit,
    int Trips,
    IReadOnlyList<Material> Materials,
    IReadOnlyList<ReviewDepartment> Departments,
    bool ProxyAllowed,
    Licence Licence);
