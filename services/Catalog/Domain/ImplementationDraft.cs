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
    Licence Licence)
{
    /// <summary>The matter version this entry implements (pinned, like a case pins the entry's version).</summary>
    public int MatterVersion { get; init; } = 1;

    public IReadOnlyList<Fee> Fees { get; init; } = [];

    /// <summary>Hours for this matter when they differ from the org unit's (e.g. 周二全天).</summary>
    public string? Hours { get; init; }

    /// <summary>The upper tier's entry this one inherits from (继承), or null.</summary>
    public string? InheritsFrom { get; init; }

    /// <summary>Fields a lower tier inheriting this entry may not override (锁定).</summary>
    public IReadOnlyList<string> Locks { get; init; } = [];

    public IReadOnlyList<ValueSource> Provenance { get; init; } = [];
}

/// <summary>Where a field's value came from: <c>local</c>, <c>inherited:CODE@VERSION</c> or <c>matter:CODE@VERSION</c>.</summary>
public sealed record ValueSource(string Field, string Source);
