using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.ServiceDefaults.Auth;

namespace Linkage.Hall.Tests;

/// <summary>A centre of one test's own, in the demo county: its admin sets up areas A and B and windows 01 (A),
/// 02 (A, B) and 03 (B); its clerk works the windows, its kiosk hands out tickets.</summary>
public sealed class HallCentre(HallHostFixture fixture)
{
    public const string Division = "350926000000";
    public const string FoodPermit = "000121010000";

    public string Id { get; } = $"ou-test-{Guid.NewGuid():N}";

    public HttpClient Admin => fixture.Client(new DemoUser($"admin-{Id}", "管理办", [Roles.CentreAdmin], Division, Id));

    public HttpClient Clerk => fixture.Client(new DemoUser($"clerk-{Id}", "窗口人员", [Roles.WindowClerk], Division, Id));

    public HttpClient Kiosk => fixture.Client(new DemoUser($"kiosk-{Id}", "自助终端", [Roles.Kiosk], Division, Id));

    public static async Task<HallCentre> SetUpAsync(HallHostFixture fixture, int extraWindowsForA = 0)
    {
        var centre = new HallCentre(fixture);
        using var admin = centre.Admin;
        await Put(admin, "/api/hall/areas/A", new { name = "综合受理", matterCodes = new[] { FoodPermit } });
        await Put(admin, "/api/hall/areas/B", new { name = "不动产与社保", matterCodes = Array.Empty<string>() });
        await Put(admin, "/api/hall/windows/01", new { name = "1号窗口", areaCodes = new[] { "A" } });
        await Put(admin, "/api/hall/windows/02", new { name = "2号窗口", areaCodes = new[] { "A", "B" } });
        await Put(admin, "/api/hall/windows/03", new { name = "3号窗口", areaCodes = new[] { "B" } });
        for (var i = 0; i < extraWindowsForA; i++)
            await Put(admin, $"/api/hall/windows/A{i}", new { name = $"A{i}号窗口", areaCodes = new[] { "A" } });
        return centre;
    }

    public async Task<JsonElement> TakeAsync(HttpClient client, object request) =>
        await (await client.PostAsJsonAsync("/api/hall/tickets", request)).JsonAsync(HttpStatusCode.Created);

    public async Task<JsonElement> WalkInAsync(string area)
    {
        using var kiosk = Kiosk;
        return await TakeAsync(kiosk, new { areaCode = area });
    }

    /// <summary>A window action by this centre's clerk: the ticket it acted on, or default when none was waiting (204).</summary>
    public async Task<JsonElement> WindowAsync(string window, string action, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var clerk = Clerk;
        var response = await clerk.PostAsJsonAsync($"/api/hall/windows/{window}/{action}", body ?? new { });
        return await response.JsonAsync(expected);
    }

    /// <summary>Calls the next ticket at a window: the ticket, or null when none is waiting for it.</summary>
    public async Task<JsonElement?> CallNextAsync(string window)
    {
        using var clerk = Clerk;
        var response = await clerk.PostAsJsonAsync($"/api/hall/windows/{window}/call-next", new { });
        if (response.StatusCode == HttpStatusCode.NoContent) return null;
        return await response.JsonAsync(HttpStatusCode.OK);
    }

    private static async Task Put(HttpClient admin, string path, object body) =>
        await (await admin.PutAsJsonAsync(path, body)).JsonAsync(HttpStatusCode.NoContent);
}
