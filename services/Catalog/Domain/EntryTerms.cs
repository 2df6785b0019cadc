using Linkage.Kernel;

namespace Linkage.Catalog.Domain;

/// <summary>The fields of an implementation entry a lower tier may inherit, override or find locked. Null = not
/// given here (inherit it).</summary>
public sealed record EntryTerms(
    CaseKind? CaseKind, HandlingTimeLimit? LegalLimit, HandlingTimeLimit? CommittedLimit, int? Trips,
    IReadOnlyList<Material>? Materials, IReadOnlyList<ReviewDepartment>? Departments, bool? ProxyAllowed,
    IReadOnlyList<Fee>? Fees, string? Hours, Licence? Licence)
{
    public static readonly IReadOnlyList<string> Fields =
        ["caseKind", "legalLimit", "committedLimit", "trips", "materials", "departments", "proxyAllowed", "fees", "hours", "licence"];

    public static EntryTerms Of(Implementation e) => new(e.CaseKind, e.LegalLimit, e.CommittedLimit, e.Trips, e.Materials,
        e.Departments, e.ProxyAllowed, e.Fees, e.Hours, e.Licence);
}
