using Linkage.Bench.Pacing;
using Linkage.ServiceDefaults.Auth;
using System.Net.Http.Json;

namespace Linkage.Bench.Tiers;

/// <summary>A committed matter of the city that a village agent may take (代办): the taxi driver's qualification
/// (出租汽车驾驶员从业资格, seeded without proxy), written with <c>proxyAllowed</c> by the city's tier admin to the
/// catalogs of the town (which resolves where a station's case goes) and the city (which takes it over).</summary>
public static class CityMatter
{
    public static readonly DemoUser Admin = new("admin-city", "宁德市政务服务管理局", [Roles.TierAdmin], "350900000000");

    public const string Matter = "000150002000";
    private const string Entry = "3509-" + Matter + "-01";

    private static readonly string[] Materials = ["application-form", "id-copy", "driving-licence", "no-record"];

    /// <summary>Written to the town's and the city's catalogs.</summary>
    public static async Task PublishAsync(TierLayout layout, BenchTokens tokens)
    {
        foreach (var tier in new[] { "town", "city" })
        {
            using var admin = BenchHttp.Create(layout.Gateway(tier), tokens.For(Admin));
            await PublishAsync(admin);
        }
    }

    private static async Task PublishAsync(HttpClient cityAdmin)
    {
        using var saved = await cityAdmin.PutAsJsonAsync($"/api/catalog/implementations/{Entry}", Version());
        if (!saved.IsSuccessStatusCode)
            throw new InvalidOperationException($"{cityAdmin.BaseAddress} refused the entry: {(int)saved.StatusCode} {await saved.Content.ReadAsStringAsync()}");
    }

    public static object Application() => new
    {
        matterCode = Matter,
        principalConsent = true,
        applicant = new { kind = "person", name = "陈美华", idNumber = "350926198503120020" },
        materials = Materials.Select(code => new { code }),
    };

    private static object Version() => new
    {
        caseKind = "committed",
        legalLimit = new { amount = 20, unit = "working-days" },
        committedLimit = new { amount = 10, unit = "working-days" },
        trips = 1,
        materials = Materials.Select(code => new { code, name = code, required = true, deferrable = false }),
        departments = new[] { new { departmentId = "dep-350900-jtj", limitWorkingDays = 10, signsOff = true } },
        proxyAllowed = true,
        licence = new { produces = true, typeCode = "11100000MB00003120002", typeName = "出租汽车驾驶员从业资格证", issuerCreditCode = "11350900MB0000211P", validityYears = 6 },
        fees = Array.Empty<object>(),
    };
}
