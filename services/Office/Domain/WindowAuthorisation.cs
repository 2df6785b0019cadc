namespace Linkage.Office.Domain;

/// <summary>窗口授权书: the powers one department's window at a centre holds. A department with no letter on file is
/// not gated (decision 0501); once on file, every action outside its powers is refused.</summary>
public sealed class WindowAuthorisation
{
    public static readonly int AllPowers = Enum.GetValues<WindowPower>().Length;

    private WindowAuthorisation() { }

    public WindowAuthorisation(string orgUnitId, string division, string departmentId) =>
        (OrgUnitId, Division, DepartmentId) = (orgUnitId, division, departmentId);

    public string OrgUnitId { get; private set; } = "";

    public string Division { get; private set; } = "";

    public string DepartmentId { get; private set; } = "";

    public string DepartmentName { get; private set; } = "";

    public WindowPower[] Powers { get; private set; } = [];

    public string GrantedBy { get; private set; } = "";

    public DateTimeOffset GrantedAt { get; private set; }

    public void Grant(string departmentName, WindowPower[] powers, string by, DateTimeOffset at) =>
        (DepartmentName, Powers, GrantedBy, GrantedAt) = (departmentName, powers, by, at);

    public bool Holds(WindowPower power) => Powers.Contains(power);
}
