using System.Net;
using System.Text.Json;
using Linkage.Kernel;
using Linkage.Testing;
using Npgsql;

namespace Linkage.EndToEnd.Tests;

/// <summary>A resident's application from the village station to her rating, through the gateway only:
/// proxy submission → acceptance slip → forwarded to the county → parallel review → certificate →
/// supervision on time → the station's proxy ledger line → rating.</summary>
public static class OneCaseScenario
{
    public const string FoodPermitMatter = "000121010000";

    public static async Task RunAsync(Deployment deployment)
    {
        var tokens = new DemoTokens(deployment.Environment);
        using var agent = new GatewayClient(deployment.Gateway, tokens.For("agent"));
        using var clerk = new GatewayClient(deployment.Gateway, tokens.For("clerk"));
        using var resident = new GatewayClient(deployment.Gateway, tokens.For("resident"));
        using var otherCounty = new GatewayClient(deployment.Gateway, tokens.For("other-county-clerk"));
        using var anonymous = new GatewayClient(deployment.Gateway, null);

        await GrpcThroughGateway.ResolvesTheCountyForTheVillageAsync(deployment, tokens.For("agent"));
        var submitted = await agent.PostAsync("/api/intake/cases", Application());
        Assert.Equal("accepted", submitted.GetProperty("status").GetString());
        var caseId = submitted.GetProperty("id").GetGuid();
        AssertSlipDueInWorkingDays(submitted, 10);

        var atCounty = await Wait.Until(async () =>
        {
            var c = await clerk.GetAsync($"/api/intake/cases/{caseId}");
            return c.TryGetProperty("arrivedAt", out var arrived) && arrived.ValueKind == JsonValueKind.String ? (JsonElement?)c : null;
        }, TimeSpan.FromSeconds(20));
        Assert.Equal("ou-350926-centre", atCounty!.Value.GetProperty("handledBy").GetProperty("orgUnitId").GetString());
        Assert.Equal(HttpStatusCode.NotFound, await otherCounty.StatusOfGetAsync($"/api/intake/cases/{caseId}"));

        await ParallelReview.ApproveByEveryDepartmentAsync(deployment, tokens, caseId);

        var certificate = await Wait.Until(async () =>
        {
            var list = (await clerk.GetAsync($"/api/certificates?caseId={caseId}")).GetProperty("items");
            return list.GetArrayLength() > 0 ? (JsonElement?)list[0] : null;
        }, TimeSpan.FromSeconds(20));
        var identifier = certificate!.Value.GetProperty("identifier").GetString()!;
        Assert.True(LicenceIdentifier.TryParse(identifier, out _, out var error), error);
        var verified = await anonymous.GetAsync($"/api/certificates/verify/{identifier}");
        Assert.Equal("valid", verified.GetProperty("status").GetString());

        var supervised = await Wait.Until(async () =>
        {
            var s = await clerk.GetAsync($"/api/supervision/cases/{caseId}");
            return s.GetProperty("status").GetString() == "completed" ? (JsonElement?)s : null;
        }, TimeSpan.FromSeconds(20));
        Assert.True(supervised!.Value.GetProperty("onTime").GetBoolean());

        await Wait.Until(async () =>
            (await clerk.GetAsync($"/api/intake/cases/{caseId}")).GetProperty("status").GetString() == "completed");
        await FreeOfFeeClearanceAsync(deployment, caseId);
        await ProxyLedgerWalk.RunAsync(agent, resident, caseId);
        // Ratings learns of the completion from an event: until then the case is unknown there (404).
        var rated = await Wait.Until(async () =>
        {
            var response = await resident.PostRawAsync("/api/ratings", new { caseId, grade = 5, channel = "station", comment = "代办很方便" });
            return response == HttpStatusCode.NotFound ? null : (HttpStatusCode?)response;
        }, TimeSpan.FromSeconds(20));
        Assert.Equal(HttpStatusCode.Created, rated!.Value);
    }

    /// <summary>The food permit lists no fee: fees clears the approved case and sends no FeeCleared (decision 0772); the
    /// case completed above on its approval alone.</summary>
    private static async Task FreeOfFeeClearanceAsync(Deployment deployment, Guid caseId)
    {
        await using var db = new NpgsqlConnection(deployment.Environment["ConnectionStrings__Linkage"]);
        await db.OpenAsync();
        async Task<long> CountAsync(string sql)
        {
            await using var command = new NpgsqlCommand(sql, db) { Parameters = { new() { Value = caseId } } };
            return (long)(await command.ExecuteScalarAsync())!;
        }
        await Wait.Until(async () => await CountAsync("SELECT count(*) FROM fees.assessments WHERE \"CaseId\" = $1 AND \"ClearedAt\" IS NOT NULL") == 1);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM fees.outbox_messages WHERE aggregate_id = $1::text AND message_type LIKE '%FeeCleared%'"));
    }

    public static object Application() => new
    {
        matterCode = FoodPermitMatter,
        applicant = new { kind = "person", name = "陈美华", idNumber = "350926198503120020" },
        principalConsent = true,
        materials = new[] { "application-form", "id-copy", "premises-plan", "health-certificate" }.Select(code => new { code, form = "paper" }),
    };

    private static void AssertSlipDueInWorkingDays(JsonElement submitted, int workingDays)
    {
        var slip = submitted.GetProperty("slip");
        Assert.Equal("acceptance-slip", slip.GetProperty("kind").GetString());
        var acceptedOn = DateOnly.Parse(slip.GetProperty("acceptedOn").GetString()!);
        var due = DateOnly.Parse(slip.GetProperty("dueDate").GetString()!);
        Assert.Equal(workingDays, WorkingDayCalendar.China.WorkingDaysBetween(acceptedOn, due));
        Assert.True(WorkingDayCalendar.China.IsWorkingDay(due));
    }
}
