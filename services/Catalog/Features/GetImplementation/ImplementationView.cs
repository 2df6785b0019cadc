using Linkage.Catalog.Domain;
using Linkage.Catalog.Features.Shared;

namespace Linkage.Catalog.Features.GetImplementation;

/// <summary>An implementation entry (实施清单) as the API shows it.</summary>
public sealed record ImplementationView(
    string ImplementationCode, int Version, DateOnly EffectiveFrom, MatterRef Matter, OrgUnitRef OrgUnit, CaseKind CaseKind,
    LimitView LegalLimit, LimitView CommittedLimit, int Trips, IReadOnlyList<MaterialView> Materials,
    IReadOnlyList<ReviewDepartmentView> Departments, bool ProxyAllowed, LicenceView? Licence, int MatterVersion,
    IReadOnlyList<Fee> Fees, string Hours, string? InheritsFrom, IReadOnlyList<string> Locks, IReadOnlyList<ValueSource> Provenance,
    bool Active)
{
    public static ImplementationView From(ImplementationDetails d)
    {
        var e = d.Entry;
        return new(e.Code, e.Version, e.EffectiveFrom, new MatterRef(d.Matter.Code, d.Matter.Name, d.Matter.Type),
            OrgUnitRef.From(d.Unit), e.CaseKind, LimitView.From(e.LegalLimit), LimitView.From(e.CommittedLimit), e.Trips,
            e.Materials.Select(MaterialView.From).ToList(),
            d.Departments.Select(r => new ReviewDepartmentView(r.Step.DepartmentId, r.Name, r.CreditCode, r.Step.LimitWorkingDays, r.Step.SignsOff)).ToList(),
            e.ProxyAllowed, LicenceView.From(e.Licence), e.MatterVersion, e.Fees, e.Hours ?? d.Unit.Hours, e.InheritsFrom, e.Locks,
            e.Provenance, e.Active);
    }
}

public sealed record MatterRef(string Code, string Name, MatterType Type);

public sealed record ReviewDepartmentView(string DepartmentId, string Name, string CreditCode, int LimitWorkingDays, bool SignsOff);
