using Linkage.Catalog.Domain.Rules;
using Linkage.Kernel;

namespace Linkage.Catalog.Domain;

/// <summary>One org unit's implementation entry (实施清单) of a matter, by implementation code (实施编码) and version.
/// A published version is never edited in substance: a change is a new version with a later effective date.</summary>
public sealed class Implementation
{
    private Implementation() { }

    public string Code { get; private set; } = "";
    public int Version { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }
    public string MatterCode { get; private set; } = "";
    public string OrgUnitId { get; private set; } = "";
    public CaseKind CaseKind { get; private set; }
    public HandlingTimeLimit LegalLimit { get; private set; } = null!;
    public HandlingTimeLimit CommittedLimit { get; private set; } = null!;
    public int Trips { get; private set; }                      // 跑动次数: 0 = 零跑腿
    public List<Material> Materials { get; private set; } = [];
    public List<ReviewDepartment> Departments { get; private set; } = [];
    public bool ProxyAllowed { get; private set; }               // 可由村（社区）代办
    public Licence Licence { get; private set; } = null!;
    public int MatterVersion { get; private set; }
    public List<Fee> Fees { get; private set; } = [];
    public string? Hours { get; private set; }
    public string? InheritsFrom { get; private set; }
    public List<string> Locks { get; private set; } = [];
    public List<ValueSource> Provenance { get; private set; } = [];

    /// <summary>False once withdrawn (a delegation revoked): no longer resolved or listed, still readable when pinned.</summary>
    public bool Active { get; private set; } = true;

    public void Withdraw() => Active = false;

    public static Implementation Create(ImplementationDraft d)
    {
        BusinessRule.Check(ImplementationRules.For(d));
        return new()
        {
            Code = d.Code, Version = d.Version, EffectiveFrom = d.EffectiveFrom, MatterCode = d.MatterCode,
            OrgUnitId = d.OrgUnitId, CaseKind = d.CaseKind, LegalLimit = d.LegalLimit, CommittedLimit = d.CommittedLimit,
            Trips = d.Trips, Materials = [.. d.Materials], Departments = [.. d.Departments], ProxyAllowed = d.ProxyAllowed,
            Licence = d.Licence, MatterVersion = d.MatterVersion, Fees = [.. d.Fees], Hours = d.Hours,
            InheritsFrom = d.InheritsFrom, Locks = [.. d.Locks], Provenance = [.. d.Provenance],
        };
    }
}
