using System.Net;
using System.Net.Http.Json;
using Linkage.ServiceDefaults.Auth;

namespace Linkage.Hall.Tests;

/// <summary>Another centre's windows, unknown areas, a kiosk at a staff endpoint: problem details, nothing changes.</summary>
public sealed class BadInputTests(HallHostFixture fixture) : IClassFixture<HallHostFixture>
{
    [Fact]
    public async Task A_clerk_of_another_centre_cannot_call_its_tickets()
    {
        var centre = await HallCentre.SetUpAsync(fixture);
        var ticket = await centre.WalkInAsync("A");
        using var stranger = fixture.Client(new DemoUser("other-county-clerk", "福安市综合窗口", [Roles.WindowClerk], "350981000000", "ou-350981-centre"));

        await (await stranger.PostAsJsonAsync("/api/hall/windows/01/call-next", new { })).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PostAsJsonAsync("/api/hall/tickets", new { centreId = centre.Id, areaCode = "A" })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Waiting", await fixture.ScalarAsync<string>($"SELECT \"Status\" FROM hall.tickets WHERE \"Id\" = '{ticket.Str("id")}'"));
        Assert.Equal(1L, await fixture.ScalarAsync<long>($"SELECT count(*) FROM hall.tickets WHERE \"OrgUnitId\" = '{centre.Id}'"));
    }

    [Fact]
    public async Task Unknown_areas_and_malformed_configuration_are_refused_by_field()
    {
        var centre = await HallCentre.SetUpAsync(fixture);
        using var kiosk = centre.Kiosk;
        var noArea = await (await kiosk.PostAsJsonAsync("/api/hall/tickets", new { areaCode = "Z" })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["areaCode"], noArea.ErrorFields());

        using var admin = centre.Admin;
        var window = await (await admin.PutAsJsonAsync("/api/hall/windows/09", new { name = "", areaCodes = new[] { "Q" } }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["areaCodes", "name"], window.ErrorFields().Order());
        var area = await (await admin.PutAsJsonAsync("/api/hall/areas/ab", new { name = "x" })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["code"], area.ErrorFields());

        var transfer = await (await centre.Clerk.PostAsJsonAsync("/api/hall/windows/01/transfer", new { areaCode = "Q" }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["areaCode"], transfer.ErrorFields());
        Assert.Equal(0L, await fixture.ScalarAsync<long>($"SELECT count(*) FROM hall.tickets WHERE \"OrgUnitId\" = '{centre.Id}'"));
        Assert.Equal(3L, await fixture.ScalarAsync<long>($"SELECT count(*) FROM hall.windows WHERE \"OrgUnitId\" = '{centre.Id}'"));
    }

    [Theory]
    [InlineData("GET", "/api/intake/cases")]
    [InlineData("GET", "/api/intake/appointments")]
    [InlineData("POST", "/api/hall/windows/01/call-next")]
    [InlineData("GET", "/api/hall/stats/windows")]
    [InlineData("PUT", "/api/hall/areas/C")]
    public async Task A_kiosk_session_reaches_no_staff_endpoint(string method, string path)
    {
        var centre = await HallCentre.SetUpAsync(fixture);
        var ticket = await centre.WalkInAsync("A");
        using var kiosk = centre.Kiosk;
        var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { name = "x" }) };

        var problem = await (await kiosk.SendAsync(request)).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal("Waiting", await fixture.ScalarAsync<string>($"SELECT \"Status\" FROM hall.tickets WHERE \"Id\" = '{ticket.Str("id")}'"));
        Assert.Equal(2L, await fixture.ScalarAsync<long>($"SELECT count(*) FROM hall.service_areas WHERE \"OrgUnitId\" = '{centre.Id}'"));
    }

    [Fact]
    public async Task A_kiosk_still_reaches_public_endpoints()
    {
        var centre = await HallCentre.SetUpAsync(fixture);
        using var kiosk = centre.Kiosk;
        var areas = (await kiosk.GetJsonAsync($"/api/hall/centres/{centre.Id}/areas")).Items();
        Assert.Equal(["A", "B"], areas.EnumerateArray().Select(a => a.Str("code")));
        var guide = (await kiosk.GetJsonAsync("/api/catalog/matters?q=食品&division=350926000000")).Items();
        Assert.NotEmpty(guide.EnumerateArray());
    }
}
