using System.Net;
using System.Text.Json;
using Linkage.Contracts.Events.Intake;
using Linkage.Kernel;

namespace Linkage.Intake.Tests;

/// <summary>一件事一次办: the company-start bundle taken at the county centre's window as one case with one number, the
/// merged material set under the two-slip rules, and CaseAccepted carrying the legs pinned and the merged licence.</summary>
public sealed class BundleSubmissionTests(IntakeHostFixture fixture) : IClassFixture<IntakeHostFixture>
{
    private const string CompanyStart = "350926-YJS-QYKB-01";
    private const string CompanyCreditCode = "91350100M000100Y43";

    private static readonly string[] Merged =
        ["application-form", "id-copy", "articles", "premises-proof", "seal-form", "invoice-form", "insurance-form", "staff-roster", "fund-form"];

    public static object Bundle(IEnumerable<string>? materials = null, string kind = "organisation", string? matterCode = null,
        string bundleCode = CompanyStart, string? supplyBy = null) => new
    {
        bundleCode, matterCode, supplyBy, principalConsent = true,
        applicant = new { kind, name = "柘荣县山海茶业有限公司", creditCode = CompanyCreditCode, idNumber = Applications.ResidentId },
        materials = (materials ?? Merged).Select(code => new { code }),
    };

    private static CaseAccepted Accepted(string payload) =>
        JsonSerializer.Deserialize<CaseAccepted>(payload, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    [Fact]
    public async Task A_complete_bundle_at_the_window_is_one_accepted_case_due_on_the_combined_limit_and_announces_its_legs()
    {
        using var clerk = fixture.Host.CreateClient("clerk");
        var (status, body) = await clerk.CallAsync("/api/intake/cases", Bundle());

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(("accepted", "window", CompanyStart, "企业开办一件事"), (body.Str("status"), body.Str("channel"), body.Str("matterCode"), body.Str("matterName")));
        Assert.Equal(CompanyStart, body.Str("implementationCode"));
        Assert.Matches(@"^350926000000-\d{8}-\d{6}$", body.Str("caseNumber"));
        var slip = body.GetProperty("slip");
        Assert.Equal(5, WorkingDayCalendar.China.WorkingDaysBetween(DateOnly.Parse(slip.Str("acceptedOn")), DateOnly.Parse(slip.Str("dueDate"))));
        Assert.Equal(5, body.GetProperty("bundle").GetProperty("legs").GetArrayLength());

        var id = body.Str("id");
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM intake.cases WHERE \"CaseNumber\" = '{body.Str("caseNumber")}'"));
        var accepted = Accepted(Assert.Single(await Outbox.PayloadsAsync(fixture.Host, id, "CaseAccepted")));
        Assert.Equal((CompanyStart, "企业开办一件事", CompanyStart, 1, 5), (accepted.MatterCode, accepted.MatterName,
            accepted.ImplementationCode, accepted.ImplementationVersion, accepted.CommittedWorkingDays));
        Assert.Equal(DateOnly.Parse(slip.Str("dueDate")), accepted.DueDate);
        Assert.Equal(("organisation", CompanyCreditCode), (accepted.Applicant.Kind, accepted.Applicant.CreditCode));
        var bundle = Assert.IsType<BundleSummary>(accepted.Bundle);
        Assert.Equal((CompanyStart, 1, "企业开办一件事"), (bundle.BundleCode, bundle.BundleVersion, bundle.BundleName));
        Assert.Equal(["350926-000122005000-01", "350926-000159006000-01", "350926-000163007000-01", "350926-000112008000-01",
            "350926-000169009000-01"], bundle.Legs.Select(l => l.ImplementationCode));
        Assert.All(bundle.Legs, l => Assert.Equal(1, l.ImplementationVersion));
        Assert.Equal(("000122005000", "企业设立登记"), (bundle.Legs[0].MatterCode, bundle.Legs[0].MatterName));
        Assert.Equal(new BundleLicence("11100000000013338W001", "营业执照", "11350926MB00001255", 0), bundle.MergedLicence);
    }

    [Fact]
    public async Task Missing_materials_of_any_leg_are_listed_once_in_one_notice()
    {
        using var clerk = fixture.Host.CreateClient("clerk");
        var (status, body) = await clerk.CallAsync("/api/intake/cases", Bundle(["application-form", "id-copy", "articles"]));

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("awaiting-materials", body.Str("status"));
        var missing = body.GetProperty("slip").GetProperty("outstandingMaterials").EnumerateArray().Select(m => m.GetString()!);
        Assert.Equal(Merged.Skip(3).ToHashSet(), missing.ToHashSet());     // staff-roster: required by the housing-fund leg
        Assert.Empty(await Outbox.PayloadsAsync(fixture.Host, body.Str("id"), "CaseAccepted"));
    }

    [Fact]
    public async Task Secondary_materials_of_the_merged_set_may_be_deferred_at_the_window()
    {
        using var clerk = fixture.Host.CreateClient("clerk");
        var supplyBy = WorkingDayCalendar.China.AddWorkingDays(ChinaTime.ToLocalDate(DateTimeOffset.UtcNow), 2).ToString("yyyy-MM-dd");
        var (status, body) = await clerk.CallAsync("/api/intake/cases",
            Bundle(Merged.Except(["premises-proof", "staff-roster"]), supplyBy: supplyBy));

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("accepted", body.Str("status"));
        var accepted = Accepted(Assert.Single(await Outbox.PayloadsAsync(fixture.Host, body.Str("id"), "CaseAccepted")));
        Assert.Equal(5, accepted.Bundle!.Legs.Count);
    }

    [Fact]
    public async Task An_online_bundle_keeps_its_legs_until_the_clerk_accepts_it()
    {
        using var company = fixture.Host.CreateClient("company"); // acts for the company: its org_credit_code claim
        var (status, body) = await company.CallAsync("/api/intake/cases", Bundle());
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(("received", "ou-350926-centre"), (body.Str("status"), body.GetProperty("handledBy").Str("orgUnitId")));

        using var clerk = fixture.Host.CreateClient("clerk");
        var (accepted, _) = await clerk.CallAsync($"/api/intake/cases/{body.Str("id")}/acceptance", null);
        Assert.Equal(HttpStatusCode.OK, accepted);
        var payload = Accepted(Assert.Single(await Outbox.PayloadsAsync(fixture.Host, body.Str("id"), "CaseAccepted")));
        Assert.Equal((CompanyStart, 5), (payload.Bundle!.BundleCode, payload.Bundle.Legs.Count));
    }

    [Fact]
    public async Task The_clerk_names_missing_materials_of_an_online_bundle_from_its_merged_set()
    {
        using var company = fixture.Host.CreateClient("company");
        var (_, body) = await company.CallAsync("/api/intake/cases", Bundle(Merged.Except(["fund-form"])));
        var id = body.Str("id");
        using var clerk = fixture.Host.CreateClient("clerk");

        var (unknown, problem) = await clerk.CallAsync($"/api/intake/cases/{id}/material-requests", new { materials = new[] { "premises-plan" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown);
        Assert.Contains("materials[0]", problem.Errors());
        var (status, notice) = await clerk.CallAsync($"/api/intake/cases/{id}/material-requests", new { materials = new[] { "seal-form" } });
        Assert.Equal(HttpStatusCode.OK, status);
        var missing = notice.GetProperty("slip").GetProperty("outstandingMaterials").EnumerateArray().Select(m => m.GetString()!);
        Assert.Equal(new HashSet<string> { "fund-form", "seal-form" }, missing.ToHashSet());
    }

    public static TheoryData<string, string, object> BadSubmissions => new()
    {
        { "clerk", "bundleCode", Bundle(matterCode: "000121010000") },
        { "clerk", "matterCode", new { applicant = new { kind = "organisation", name = "x", creditCode = CompanyCreditCode } } },
        { "clerk", "bundleCode", Bundle(bundleCode: "350926-YJS-NONE") },
        { "clerk", "applicant.kind", Bundle(kind: "person") },
        { "clerk", "materials[1].code", Bundle(["application-form", "health-certificate"]) },
        { "agent", "bundleCode", Bundle() },                                 // not taken by village proxy
        { "other-county-clerk", "bundleCode", Bundle() },                    // taken at Zherong's window only
        { "resident", "applicant.creditCode", Bundle() },                    // online, a person cannot act for a company
    };

    [Theory]
    [MemberData(nameof(BadSubmissions))]
    public async Task Bad_bundle_submissions_are_422_naming_the_field_and_leave_no_case(string user, string field, object request)
    {
        var before = await fixture.CountAsync("SELECT count(*) FROM intake.cases");
        using var client = fixture.Host.CreateClient(user);

        var (status, problem) = await client.CallAsync("/api/intake/cases", request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains(field, problem.Errors());
        Assert.Equal(before, await fixture.CountAsync("SELECT count(*) FROM intake.cases"));
    }
}
