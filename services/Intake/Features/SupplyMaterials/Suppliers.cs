using Linkage.Intake.Domain;

namespace Linkage.Intake.Features.SupplyMaterials;

/// <summary>Who may supply materials, and so start the clock: the applicant (in person or for their organisation),
/// the village agent who submitted a proxy case, and the window clerks of the handling centre. Anyone else,
/// however much they may read, gets 404.</summary>
public static class Suppliers
{
    public static IQueryable<IntakeCase> SuppliableBy(this IQueryable<IntakeCase> cases, CallerContext caller)
    {
        var reach = CaseReach.Of(caller);
        var clerkUnit = caller.Has(Roles.WindowClerk) ? reach.OrgUnitId : CaseReach.Nothing;
        var agent = caller.Has(Roles.VillageAgent) && caller.Subject.Length > 0 ? caller.Subject : CaseReach.Nothing;
        return cases.Where(c => c.HandlingOrgUnitId == clerkUnit
            || (c.Channel == Channel.Proxy && c.Agent != null && c.Agent.Subject == agent)
            || c.Applicant.IdDigest == reach.IdDigest
            || c.Applicant.CreditCode == reach.OrgCreditCode);
    }
}
