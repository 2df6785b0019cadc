using System.Net.Http.Json;

namespace Linkage.Bench.Payments;

/// <summary>The county's pharmacy licence (药品经营许可) as a fee-bearing matter: the bench writes a new version of the
/// entry through the catalog API that lists two fees (the seeded one is free), so its cases are charged.</summary>
public static class FeeBearingPharmacy
{
    public const string Matter = "000127003000";
    public const string Entry = "350926-" + Matter + "-01";
    public const long DueFen = 12_050; // 100.00 + 20.50 yuan

    private static readonly string[] Materials = ["application-form", "business-licence", "pharmacist", "premises-plan", "quality-rules"];

    public static async Task PublishAsync(HttpClient countyAdmin)
    {
        using var saved = await countyAdmin.PutAsJsonAsync($"/api/catalog/implementations/{Entry}", Version());
        if (!saved.IsSuccessStatusCode)
            throw new InvalidOperationException($"The fee-bearing entry was refused: {(int)saved.StatusCode} {await saved.Content.ReadAsStringAsync()}");
    }

    public static object Application() => new
    {
        matterCode = Matter,
        applicant = new { kind = "person", name = "陈美华", idNumber = "350926198503120020" },
        materials = Materials.Select(code => new { code }),
    };

    private static object Version() => new
    {
        caseKind = "committed",
        legalLimit = new { amount = 30, unit = "working-days" },
        committedLimit = new { amount = 15, unit = "working-days" },
        trips = 1,
        materials = Materials.Select(code => new { code, name = code, required = true, deferrable = false }),
        departments = new[] { new { departmentId = "dep-350926-scjg", limitWorkingDays = 15, signsOff = true } },
        proxyAllowed = false,
        licence = new { produces = true, typeCode = "11100000MB0000413Q001", typeName = "药品经营许可证", issuerCreditCode = "11350926MB00001255", validityYears = 5 },
        fees = new[]
        {
            new { item = "许可证工本费", amountYuan = 100.00m, basis = "闽价费〔2024〕12号" },
            new { item = "现场核查费", amountYuan = 20.50m, basis = "闽财税〔2024〕3号" },
        },
    };
}
