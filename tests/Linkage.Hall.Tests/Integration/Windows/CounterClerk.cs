using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.ServiceDefaults.Auth;

namespace Linkage.Hall.Tests;

/// <summary>A clerk of a real demo centre (one the catalog hands cases to) signed on at a window of the test's own:
/// a fresh window code and clerk each time, so tests never share a window. <see cref="Window"/> is the id cases
/// accepted there carry, <c>{centre}#{code}</c>.</summary>
public sealed class CounterClerk
{
    public static readonly (string Centre, string Division) County = ("ou-350926-centre", "350926000000");
    public static readonly (string Centre, string Division) Town = ("ou-350926100-centre", "350926100000");

    private readonly HallHostFixture fixture;
    private readonly DemoUser clerk;

    private CounterClerk(HallHostFixture fixture, (string Centre, string Division) at, string code)
    {
        this.fixture = fixture;
        clerk = new DemoUser($"counter-{code}", "窗口人员", [Roles.WindowClerk], at.Division, at.Centre);
        Window = $"{at.Centre}#{code}";
    }

    public string Window { get; }

    public HttpClient Client => fixture.Client(clerk);

    /// <summary>A new window (calling area Z, set up if missing) at the centre, and its clerk signed on there, once
    /// intake has heard of it.</summary>
    public static async Task<CounterClerk> SignOnAsync(HallHostFixture fixture, (string Centre, string Division) at)
    {
        var code = "C" + Guid.NewGuid().ToString("N")[..7].ToUpperInvariant();
        using (var admin = fixture.Client(new DemoUser($"admin-{code}", "管理办", [Roles.CentreAdmin], at.Division, at.Centre)))
        {
            await (await admin.PutAsJsonAsync("/api/hall/areas/Z", new { name = "测试受理区", matterCodes = Array.Empty<string>() }))
                .JsonAsync(HttpStatusCode.NoContent);
            await (await admin.PutAsJsonAsync($"/api/hall/windows/{code}", new { name = "测试窗口", areaCodes = new[] { "Z" } }))
                .JsonAsync(HttpStatusCode.NoContent);
        }
        var counter = new CounterClerk(fixture, at, code);
        using (var client = counter.Client)
            await (await client.PostAsJsonAsync($"/api/hall/windows/{code}/sign-on", new { })).JsonAsync(HttpStatusCode.NoContent);
        await Wait.Until(() => fixture.ScalarAsync<long>(
            $"SELECT count(*) FROM intake.clerk_windows WHERE \"ClerkSubject\" = 'counter-{code}' AND \"WindowCode\" = '{code}'"), n => n == 1);
        return counter;
    }

    /// <summary>Submits at the counter (the window channel): the created case.</summary>
    public async Task<JsonElement> SubmitAsync(object application)
    {
        using var client = Client;
        return await (await client.PostAsJsonAsync("/api/intake/cases", application)).JsonAsync(HttpStatusCode.Created);
    }
}
