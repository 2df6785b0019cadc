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
            Licence = new Licence
            {
                Produces = e.Licence.Produces,
                TypeCode = e.Licence.TypeCode ?? "",
                TypeName = e.Licence.TypeName ?? "",
                IssuerCreditCode = e.Licence.IssuerCreditCode ?? "",
                ValidityYears = e.Licence.ValidityYears,
            },
        };
        proto.Materials.AddRange(e.Materials.Select(m => new Material { Code = m.Code, Name = m.Name, Required = m.Required, Deferrable = m.Deferrable }));
        proto.Departments.AddRange(d.Departments.Select(r => new ReviewDepartment
        {
            DepartmentId = r.Step.DepartmentId, Name = r.Name, CreditCode = r.CreditCode,
            LimitWorkingDays = r.Step.LimitWorkingDays, SignsOff = r.Step.SignsOff,
        }));
        return proto;
    }

    private static TimeLimit Limit(HandlingTimeLimit limit) => new()
    {
        Amount = limit.Amount,
        Unit = limit.Unit == TimeLimitUnit.WorkingDays ? TimeUnit.WorkingDays : TimeUnit.CalendarDays,
    };
}
