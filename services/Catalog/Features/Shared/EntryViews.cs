using Linkage.Catalog.Domain;
using Linkage.Kernel;

namespace Linkage.Catalog.Features.Shared;

public sealed record LimitView(int Amount, TimeLimitUnit Unit)
{
    public static LimitView From(HandlingTimeLimit limit) => new(limit.Amount, limit.Unit);
}

public sealed record MaterialView(string Code, string Name, bool Required, bool Deferrable)
{
    public static MaterialView From(Material m) => new(m.Code, m.Name, m.Required, m.Deferrable);
}

public sealed record LicenceView(string TypeCode, string TypeName, string IssuerCreditCode, int ValidityYears)
{
    public static LicenceView? From(Licence licence) => licence.Produces
        ? new(licence.TypeCode ?? "", licence.TypeName ?? "", licence.IssuerCreditCode ?? "", licence.ValidityYears)
        : null;
}

public sealed record OrgUnitRef(string Id, string Name, OrgUnitKind Kind, string DivisionCode, string Address, string Hours, string? Phone)
{
    public static OrgUnitRef From(OrgUnit o) => new(o.Id, o.Name, o.Kind, o.DivisionCode, o.Address, o.Hours, o.Phone);
}
