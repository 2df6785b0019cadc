using System.Net;
using Linkage.Kernel;

namespace Linkage.Intake.Tests;

/// <summary>容缺受理: secondary materials deferred to a committed date, never for main materials, past the committed
/// limit, or for applicants with a bad-credit record.</summary>
public sealed class DeferralTests(IntakeHostFixture fixture) : IClassFixture<IntakeHostFixture>
{
    private const string FlaggedPerson = "350926199001010010";
    private static DateOnly Today => ChinaTime.ToLocalDate(DateTimeOffset.UtcNow);

    [Fact]
    public async Task Main_materials_complete_and_a_secondary_one_deferred_is_accepted_with_the_supply_date()
    {
        using var agent = fixture.Host.CreateClient("agent");
        var supplyBy = WorkingDayCalendar.China.AddWorkingDays(Today, 5);

        var (status, body) = await agent.CallAsync("/api/intake/cases", Deferral.Application(supplyBy));

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("accepted", body.Str("status"));
        var slip = body.GetProperty("slip");
        Assert.Equal("acceptance-slip", slip.Str("kind"));
        Assert.Equal(supplyBy, DateOnly.Parse(slip.Str("supplyBy")));
        Assert.Equal(["health-certificate"], slip.GetProperty("outstandingMaterials").EnumerateArray().Select(m => m.GetString()!).ToArray());
    }

    public static TheoryData<string, int, string[]> Refusals() => new()
    {
        { "a supply date past the committed limit", 11, Deferral.MainMaterials },
        { "a supply date that is not in the future", 0, Deferral.MainMaterials },
        { "a main material missing", 3, ["application-form", "id-copy"] },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Deferral_is_refused_on_supplyBy_and_writes_nothing(string what, int workingDays, string[] materials)
    {
        using var agent = fixture.Host.CreateClient("agent");
        var before = await fixture.CountAsync("SELECT count(*) FROM intake.cases");
        // today itself for "not in the future": on a weekend, 0 working days from today is Monday, which is
        var supplyBy = workingDays == 0 ? Today : WorkingDayCalendar.China.AddWorkingDays(Today, workingDays);

        var (status, problem) = await agent.CallAsync("/api/intake/cases", Deferral.Application(supplyBy, materials: materials));

        Assert.True(HttpStatusCode.UnprocessableEntity == status, what);
        Assert.Contains("supplyBy", problem.Errors());
        Assert.Equal(before, await fixture.CountAsync("SELECT count(*) FROM intake.cases"));
    }

    [Fact]
    public async Task An_applicant_flagged_for_bad_credit_cannot_defer_materials()
    {
        using var admin = fixture.Host.CreateClient("admin-province");
        var (invalid, problem) = await admin.CallAsync("/api/intake/credit-flags", new { idNumber = "350926199001010011", reason = "失信被执行人" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid);
        Assert.Contains("idNumber", problem.Errors());
        Assert.Equal(HttpStatusCode.NoContent, (await admin.CallAsync("/api/intake/credit-flags", new { idNumber = FlaggedPerson, reason = "失信被执行人" })).Status);
        using var agent = fixture.Host.CreateClient("agent");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.CallAsync("/api/intake/credit-flags", new { idNumber = FlaggedPerson, reason = "x" })).Status);

        var supplyBy = WorkingDayCalendar.China.AddWorkingDays(Today, 3);
        var (status, refused) = await agent.CallAsync("/api/intake/cases", Deferral.Application(supplyBy, FlaggedPerson));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("supplyBy", refused.Errors());
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM intake.credit_flags WHERE id_digest LIKE '%{FlaggedPerson}%'"));
        var (plain, _) = await agent.CallAsync("/api/intake/cases", Applications.FoodPermitFor(FlaggedPerson, Deferral.MainMaterials));
        Assert.Equal(HttpStatusCode.Created, plain);
    }
}
