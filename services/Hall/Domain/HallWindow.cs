namespace Linkage.Hall.Domain;

/// <summary>窗口: a numbered window of a centre and the service areas whose tickets it is authorised to call.</summary>
public sealed class HallWindow
{
    private HallWindow() { }

    public HallWindow(string orgUnitId, string division, string code, string name, string[] areaCodes) =>
        (OrgUnitId, Division, Code, Name, AreaCodes) = (orgUnitId, division, code, name, areaCodes);

    public string OrgUnitId { get; private set; } = "";

    public string Division { get; private set; } = "";

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string[] AreaCodes { get; private set; } = [];

    /// <summary>The clerk signed on at this window (上岗), if any (decision 0527).</summary>
    public string? ClerkSubject { get; private set; }

    public DateTimeOffset? SignedOnAt { get; private set; }

    public void SignOn(string clerk, DateTimeOffset now) => (ClerkSubject, SignedOnAt) = (clerk, now);

    public void SignOff() => (ClerkSubject, SignedOnAt) = (null, null);

    public void Change(string name, string[] areaCodes) => (Name, AreaCodes) = (name, areaCodes);

    public bool Serves(string areaCode) => AreaCodes.Contains(areaCode);
}
