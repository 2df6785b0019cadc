using System.Text.Json;
using Linkage.Kernel;
using Linkage.Testing;

namespace Linkage.EndToEnd.Tests;

/// <summary>The company-start bundle (企业开办一件事) through the gateway: one submission at the county window →
/// every leg's department reviews at once → one merged business licence keyed by the company's credit code,
/// carrying each leg's filing, verifiable by anyone.</summary>
public static class BundleScenario
{
    public const string CompanyStart = "350926-YJS-QYKB-01";
    public const string CompanyCreditCode = "91350100M000100Y43";

    private static readonly string[] LegReviewers = ["reviewer-scjg", "reviewer-gaj", "reviewer-swj", "reviewer-rsj", "reviewer-gjj"];

    public static async Task RunAsync(Deployment deployment)
    {
        var tokens = new DemoTokens(deployment.Environment);
        using var clerk = new GatewayClient(deployment.Gateway, tokens.For("clerk"));
        using var anonymous = new GatewayClient(deployment.Gateway, null);

        var offered = (await anonymous.GetAsync("/api/catalog/bundles?division=350926100201&q=开办")).GetProperty("items");
        Assert.Contains(offered.EnumerateArray(), b => b.GetProperty("bundleCode").GetString() == CompanyStart);

        var submitted = await clerk.PostAsync("/api/intake/cases", Application());
        Assert.Equal("accepted", submitted.GetProperty("status").GetString());
        var caseId = submitted.GetProperty("id").GetGuid();
        var slip = submitted.GetProperty("slip");
        Assert.Equal(5, WorkingDayCalendar.China.WorkingDaysBetween(
            DateOnly.Parse(slip.GetProperty("acceptedOn").GetString()!), DateOnly.Parse(slip.GetProperty("dueDate").GetString()!)));

        await ParallelReview.ApproveAsync(deployment, tokens, caseId, LegReviewers);

        var licence = await Wait.Until(async () =>
        {
            var list = (await clerk.GetAsync($"/api/certificates?caseId={caseId}")).GetProperty("items");
            return list.GetArrayLength() > 0 ? (JsonElement?)list[0] : null;
        }, TimeSpan.FromSeconds(20));
        Assert.Equal(1, (await clerk.GetAsync($"/api/certificates?caseId={caseId}")).GetProperty("items").GetArrayLength());
        Assert.Equal(CompanyCreditCode, licence!.Value.GetProperty("holderCreditCode").GetString());
        var legs = licence.Value.GetProperty("legs").EnumerateArray().ToList();
        Assert.Equal(5, legs.Count);
        Assert.All(legs, leg => Assert.Equal(1, leg.GetProperty("approvingDepartments").GetArrayLength()));
        Assert.Equal(5, legs.Select(l => l.GetProperty("implementationCode").GetString()).Distinct().Count());

        var verified = await anonymous.GetAsync($"/api/certificates/verify/{licence.Value.GetProperty("identifier").GetString()}");
        Assert.Equal("valid", verified.GetProperty("status").GetString());
    }

    private static object Application() => new
    {
        bundleCode = CompanyStart,
        applicant = new { kind = "organisation", name = "柘荣县山海茶业有限公司", creditCode = CompanyCreditCode },
        materials = new[] { "application-form", "id-copy", "articles", "premises-proof", "seal-form", "invoice-form",
            "insurance-form", "staff-roster", "fund-form" }.Select(code => new { code }),
    };
}
