using Linkage.Kernel;

namespace Linkage.Catalog.Domain.Rules;

/// <summary>Service centres sit at province, city and county; convenience centres at towns; stations at villages.</summary>
public sealed class KindFitsLevelRule(string fieldPath, OrgUnitKind kind, DivisionLevel level) : IBusinessRule
{
    public string Field => fieldPath;

    public string Message => $"A {level.ToString().ToLowerInvariant()} is served by a {Expected}.";

    public bool IsBroken() => kind != Expected;

    private OrgUnitKind Expected => level switch
    {
        DivisionLevel.Town => OrgUnitKind.TownCentre,
        DivisionLevel.Village => OrgUnitKind.VillageStation,
        _ => OrgUnitKind.Centre,
    };
}
