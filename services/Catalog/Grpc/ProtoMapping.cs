using Linkage.Catalog.Features.GetImplementation;
using Linkage.Catalog.Features.ResolveCompetentUnit;
using Linkage.Contracts.Catalog.V1;
using Linkage.Kernel;

namespace Linkage.Catalog.Grpc;

internal static class ProtoMapping
{
    public static ResolveCompetentUnitReply ToReply(ResolvedUnit unit) => new()
    {
        Found = true,
        OrgUnitId = unit.OrgUnitId,
        OrgUnitName = unit.OrgUnitName,
        DivisionCode = unit.DivisionCode,
        ImplementationCode = unit.ImplementationCode,
        ImplementationVersion = unit.ImplementationVersion,
        ProxyAllowed = unit.ProxyAllowed,
    };

    public static Implementation ToProto(ImplementationDetails d)
    {
        var e = d.Entry;
        var proto = new Implementation
        {
            Found = true,
            ImplementationCode = e.Code,
            Version = e.Version,
            MatterCode = e.MatterCode,
            MatterName = d.Matter.Name,
            OrgUnitId = d.Unit.Id,
            OrgUnitName = d.Unit.Name,
            DivisionCode = d.Unit.DivisionCode,
            CaseKind = e.CaseKind == Domain.CaseKind.Instant ? CaseKind.Instant : CaseKind.Committed,
            LegalLimit = Limit(e.LegalLimit),
            CommittedLimit = Limit(e.CommittedLimit),
            ProxyAllowed = e.ProxyAllowed,
            MatterVersion = e.MatterVersion,
            Hours = e.Hours ?? d.Unit.Hours,
            Active = e.Active,
            Licence = ToProto(e.Licence),
        };
        proto.Materials.AddRange(e.Materials.Select(ToProto));
        proto.Fees.AddRange(e.Fees.Select(f => new Fee { Item = f.Item, AmountFen = (long)decimal.Round(f.AmountYuan * 100m), Basis = f.Basis }));
        proto.Departments.AddRange(d.Departments.Select(r => new ReviewDepartment
        {
            DepartmentId = r.Step.DepartmentId, Name = r.Name, CreditCode = r.CreditCode,
            LimitWorkingDays = r.Step.LimitWorkingDays, SignsOff = r.Step.SignsOff,
        }));
        return proto;
    }

    public static Licence ToProto(Domain.Licence licence) => new()
    {
        Produces = licence.Produces,
        TypeCode = licence.TypeCode ?? "",
        TypeName = licence.TypeName ?? "",
        IssuerCreditCode = licence.IssuerCreditCode ?? "",
        ValidityYears = licence.ValidityYears,
    };

    public static Material ToProto(Domain.Material m) => new() { Code = m.Code, Name = m.Name, Required = m.Required, Deferrable = m.Deferrable };

    public static TimeLimit Limit(HandlingTimeLimit limit) => new()
    {
        Amount = limit.Amount,
        Unit = limit.Unit == TimeLimitUnit.WorkingDays ? TimeUnit.WorkingDays : TimeUnit.CalendarDays,
    };
}
