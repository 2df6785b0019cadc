using Linkage.Office.Domain;

namespace Linkage.Office.Features.Authorisation;

/// <summary>One letter and its 授权率: the share of the five powers held, in whole percent (target 100).</summary>
public sealed record AuthorisationView(
    string OrgUnitId, string DepartmentId, string DepartmentName, IReadOnlyList<string> Powers, IReadOnlyList<string> Missing,
    int RatePercent, string GrantedBy, DateTimeOffset GrantedAt)
{
    public static AuthorisationView From(WindowAuthorisation a) => new(
        a.OrgUnitId, a.DepartmentId, a.DepartmentName, a.Powers.Select(PowerNames.Of).ToList(),
        Enum.GetValues<WindowPower>().Where(p => !a.Holds(p)).Select(PowerNames.Of).ToList(),
        RateOf(a.Powers.Length, 1), a.GrantedBy, a.GrantedAt);

    public static int RateOf(int held, int letters) => letters == 0 ? 0 : 100 * held / (letters * WindowAuthorisation.AllPowers);
}

/// <summary>A department's rate over the centres of the subtree that hold its letter.</summary>
public sealed record DepartmentRate(string DepartmentId, string DepartmentName, int Centres, int RatePercent);

public sealed record AuthorisationReport(int RatePercent, IReadOnlyList<DepartmentRate> Departments, IReadOnlyList<AuthorisationView> Letters);
