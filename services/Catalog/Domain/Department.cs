namespace Linkage.Catalog.Domain;

/// <summary>A department stationed at an org unit (进驻部门), representing an agency with its own credit code.</summary>
public sealed class Department
{
    private Department() { }

    public string Id { get; private set; } = "";
    public string OrgUnitId { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string CreditCode { get; private set; } = "";

    public static Department Create(string id, string orgUnitId, string name, string creditCode) =>
        new() { Id = id, OrgUnitId = orgUnitId, Name = name, CreditCode = creditCode };
}
