namespace Linkage.Catalog.Features.ResolveCompetentUnit;

/// <summary>Who handles <paramref name="MatterCode"/> for a resident of <paramref name="DivisionCode"/>, submitted at
/// <paramref name="SubmittingOrgUnitId"/> (empty: online or unknown). Already validated; also the cache key.</summary>
public sealed record CompetentUnitQuery(string MatterCode, string DivisionCode, string SubmittingOrgUnitId);

/// <summary>The competent unit (办理机构) and the implementation entry it applies.</summary>
public sealed record ResolvedUnit(
    string OrgUnitId, string OrgUnitName, string DivisionCode, string ImplementationCode, int ImplementationVersion, bool ProxyAllowed);
