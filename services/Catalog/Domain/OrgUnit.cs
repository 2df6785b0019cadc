namespace Linkage.Catalog.Domain;

/// <summary>A service centre, town convenience centre or village service station, at one division.</summary>
public sealed class OrgUnit
{
    private OrgUnit() { }

    public string Id { get; private set; } = "";
    public string Name { get; private set; } = "";
    public OrgUnitKind Kind { get; private set; }
    public string DivisionCode { get; private set; } = "";
    public string? CreditCode { get; private set; }
    public string Address { get; private set; } = "";
    public string Hours { get; private set; } = "";        // 办公时间
    public string? Phone { get; private set; }              // 咨询电话
    public List<ServiceWindow> Windows { get; private set; } = [];

    public bool CanTakeByProxy => Kind is OrgUnitKind.VillageStation or OrgUnitKind.TownCentre;

    public void ReplaceWindows(IReadOnlyList<ServiceWindow> windows) => Windows = [.. windows];

    public void ChangeHours(string hours) => Hours = hours;

    public static OrgUnit Create(OrgUnitDraft d) => new()
    {
        Id = d.Id, Name = d.Name, Kind = d.Kind, DivisionCode = d.DivisionCode, CreditCode = d.CreditCode,
        Address = d.Address, Hours = d.Hours, Phone = d.Phone, Windows = [.. d.Windows],
    };
}

public sealed record OrgUnitDraft(
    string Id, string Name, OrgUnitKind Kind, string DivisionCode, string? CreditCode,
    string Address, string Hours, string? Phone, IReadOnlyList<ServiceWindow> Windows);
