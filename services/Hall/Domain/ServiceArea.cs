namespace Linkage.Hall.Domain;

/// <summary>服务区: a part of a centre's hall with its own queue, e.g. "A 综合受理". Its letter prefixes the ticket
/// numbers; the matters listed here send an appointment for one of them into this queue.</summary>
public sealed class ServiceArea
{
    private ServiceArea() { }

    public ServiceArea(string orgUnitId, string division, string code, string name, string[] matterCodes) =>
        (OrgUnitId, Division, Code, Name, MatterCodes) = (orgUnitId, division, code, name, matterCodes);

    public string OrgUnitId { get; private set; } = "";

    public string Division { get; private set; } = "";

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string[] MatterCodes { get; private set; } = [];

    public void Change(string name, string[] matterCodes) => (Name, MatterCodes) = (name, matterCodes);
}
