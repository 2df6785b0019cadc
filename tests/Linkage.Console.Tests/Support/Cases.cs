using System.Text.Json;
using Linkage.EndToEnd.Tests;
using Linkage.Testing;

namespace Linkage.Console.Tests;

/// <summary>What a scenario needs done through the API rather than the browser (another role's part of the story).</summary>
public static class Cases
{
    public const string FoodPermit = "000121010000";
    public const string IdCardRenewal = "000159001000"; // the demo's fee-bearing matter: 工本费 20 yuan, reviewed by the county's public security
    public const string CompanyStart = "350926-YJS-QYKB-01"; // 企业开办一件事, taken at the county centre's window
    public const string CompanyCreditCode = "91350100M000100Y43";
    public static readonly string[] FoodPermitMaterials = ["application-form", "id-copy", "premises-plan", "health-certificate"];

    /// <summary>A food-business permit submitted by the village agent for 陈美华 (accepted at once, forwarded to the county).</summary>
    public static async Task<Guid> SubmitByAgentAsync(ConsoleSuite suite)
    {
        using var agent = new GatewayClient(suite.Deployment.Gateway, suite.Tokens.For("agent"));
        var submitted = await agent.PostAsync("/api/intake/cases", new
        {
            matterCode = FoodPermit,
            applicant = new { kind = "person", name = "陈美华", idNumber = "350926198503120020" },
            principalConsent = true,
            materials = FoodPermitMaterials.Select(code => new { code, form = "paper" }),
        });
        return submitted.GetProperty("id").GetGuid();
    }

    public static Task ApproveAsync(ConsoleSuite suite, Guid caseId, params string[] reviewers) =>
        ParallelReview.ApproveAsync(suite.Deployment, suite.Tokens, caseId, reviewers);

    public static async Task<string> CertificateOfAsync(ConsoleSuite suite, Guid caseId)
    {
        using var clerk = new GatewayClient(suite.Deployment.Gateway, suite.Tokens.For("clerk"));
        var certificate = await Wait.Until(async () =>
        {
            var list = (await clerk.GetAsync($"/api/certificates?caseId={caseId}")).GetProperty("items");
            return list.GetArrayLength() > 0 ? (JsonElement?)list[0] : null;
        }, TimeSpan.FromSeconds(30));
        return certificate!.Value.GetProperty("identifier").GetString()!;
    }

    /// <summary>The one-time code the window prints on the acceptance slip for a kiosk look-up (查询码); asked again
    /// when the case was changed meanwhile (409: its completion may be saved at the same moment).</summary>
    public static async Task<(string CaseNumber, string Code)> StatusCodeOfAsync(ConsoleSuite suite, Guid caseId)
    {
        using var clerk = new GatewayClient(suite.Deployment.Gateway, suite.Tokens.For("clerk"));
        var issued = await Wait.Until(async () =>
        {
            try { return (JsonElement?)await clerk.PostAsync($"/api/intake/cases/{caseId}/status-code", new { }, System.Net.HttpStatusCode.OK); }
            catch (Xunit.Sdk.XunitException) { return null; }
        }, TimeSpan.FromSeconds(30));
        var slip = issued!.Value;
        return (slip.GetProperty("caseNumber").GetString()!, slip.GetProperty("code").GetString()!);
    }

    /// <summary>The window's rating-pad invitation for the completed case (once ratings has heard it completed).</summary>
    public static async Task<string> PadInvitationOfAsync(ConsoleSuite suite, Guid caseId)
    {
        using var clerk = new GatewayClient(suite.Deployment.Gateway, suite.Tokens.For("clerk"));
        var invitation = await Wait.Until(async () =>
        {
            try { return (JsonElement?)await clerk.PostAsync("/api/ratings/invitations", new { caseId }); }
            catch (Xunit.Sdk.XunitException) { return null; }
        }, TimeSpan.FromSeconds(60));
        return invitation!.Value.GetProperty("token").GetString()!;
    }

    /// <summary>The centre arranges the licence's delivery to the village station the case came from.</summary>
    public static async Task SendToStationAsync(ConsoleSuite suite, string identifier)
    {
        using var clerk = new GatewayClient(suite.Deployment.Gateway, suite.Tokens.For("clerk"));
        await clerk.PostAsync($"/api/certificates/{identifier}/delivery", new { method = "village-station" }, System.Net.HttpStatusCode.OK);
    }

    public static async Task<IReadOnlyList<JsonElement>> ClerkCasesOfAsync(ConsoleSuite suite, string applicantName)
    {
        using var clerk = new GatewayClient(suite.Deployment.Gateway, suite.Tokens.For("clerk"));
        var cases = (await clerk.GetAsync("/api/intake/cases?limit=500")).GetProperty("items");
        return cases.EnumerateArray().Where(c => c.GetProperty("applicant").GetProperty("name").GetString() == applicantName).ToList();
    }

    /// <summary>Makes sure the clerk's centre has at least <paramref name="count"/> cases, taking food permits at the
    /// window for the missing ones.</summary>
    public static async Task EnsureClerkCasesAsync(ConsoleSuite suite, int count)
    {
        using var clerk = new GatewayClient(suite.Deployment.Gateway, suite.Tokens.For("clerk"));
        var seen = (await clerk.GetAsync($"/api/intake/cases?limit={count}")).GetProperty("items").GetArrayLength();
        for (var i = seen; i < count; i++)
            await clerk.PostAsync("/api/intake/cases", new
            {
                matterCode = FoodPermit,
                applicant = new { kind = "person", name = "林秀英", idNumber = "350926198503120020" },
                principalConsent = true,
                materials = FoodPermitMaterials.Select(code => new { code, form = "paper" }),
            });
    }

    /// <summary>陈美华 rates her completed case 非常不满意 at the station (差评): a rectification opens for the unit that
    /// handled it. Asked again until ratings has heard the case completed.</summary>
    public static async Task RateBadlyAsync(ConsoleSuite suite, Guid caseId, string comment)
    {
        using var resident = new GatewayClient(suite.Deployment.Gateway, suite.Tokens.For("resident"));
        await Wait.Until(async () => await resident.PostRawAsync("/api/ratings", new { caseId, grade = 1, channel = "station", comment })
            == System.Net.HttpStatusCode.Created, TimeSpan.FromSeconds(60));
    }

    /// <summary>Waits until supervision has heard of the case (its acceptance event), as the county supervisor sees it.</summary>
    public static async Task SupervisedAsync(ConsoleSuite suite, Guid caseId)
    {
        using var supervisor = new GatewayClient(suite.Deployment.Gateway, suite.Tokens.For("supervisor-county"));
        await Wait.Until(async () => await supervisor.StatusOfGetAsync($"/api/supervision/cases/{caseId}") == System.Net.HttpStatusCode.OK,
            TimeSpan.FromSeconds(60));
    }

    /// <summary>A tiny valid PNG (1×1) as a scanned material.</summary>
    public static byte[] Png { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}
