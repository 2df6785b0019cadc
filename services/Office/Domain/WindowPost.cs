namespace Linkage.Office.Domain;

/// <summary>AB角: a window post of a centre with its A (岗位责任人) and B (替岗人). When A is off, B covers the post.</summary>
public sealed class WindowPost
{
    private WindowPost() { }

    public WindowPost(string orgUnitId, string division, string code) => (OrgUnitId, Division, Code) = (orgUnitId, division, code);

    public string OrgUnitId { get; private set; } = "";
    public string Division { get; private set; } = "";
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string A { get; private set; } = "";
    public string AName { get; private set; } = "";
    public string B { get; private set; } = "";
    public string BName { get; private set; } = "";

    public void Staff(string name, string a, string aName, string b, string bName) => (Name, A, AName, B, BName) = (name, a, aName, b, bName);

    public bool IsStaffedBy(string subject) => A == subject || B == subject;
}
