using System.Net;
using System.Net.Http.Json;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>Rules as data per region: inherit, override, lock; thresholds validated; the sweep judges each case by
/// the rules of the region handling it. Each test writes rules for its own regions.</summary>
public sealed class RegionRuleTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    [Fact]
    public async Task A_term_set_above_is_inherited_and_a_lower_region_overrides_it()
    {
        var county = fixture.Host.CreateClient("supervisor-county");
        await (await county.PutAsJsonAsync($"/api/supervision/rules/{County}", new { orderReplyWorkingDays = 4 })).OkAsync();

        var town = await county.OkBodyAsync("/api/supervision/rules/350926107000");
        Assert.Equal(4, town.GetProperty("orderReplyWorkingDays").GetInt32());
        Assert.Equal(County, town.GetProperty("provenance").GetProperty("orderReplyWorkingDays").GetString());
        Assert.Equal("default", town.GetProperty("provenance").GetProperty("warnWorkingDays").GetString());

        var overridden = await (await county.PutAsJsonAsync("/api/supervision/rules/350926107000", new { orderReplyWorkingDays = 2 })).OkAsync();
        Assert.Equal(2, overridden.GetProperty("orderReplyWorkingDays").GetInt32());
        Assert.Equal("350926107000", overridden.GetProperty("provenance").GetProperty("orderReplyWorkingDays").GetString());
    }

    [Fact]
    public async Task A_locked_term_cannot_be_overridden_below_and_nothing_is_written()
    {
        var province = fixture.Host.CreateClient("admin-province");
        await (await province.PutAsJsonAsync($"/api/supervision/rules/{OtherCounty}", new { warnFraction = 0.9m, locks = new[] { "warnFraction" } })).OkAsync();

        var response = await province.PutAsJsonAsync("/api/supervision/rules/350981001000", new { warnFraction = 0.5m, warnWorkingDays = 2 });

        Assert.Contains("warnFraction", (await response.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
        var town = await province.OkBodyAsync("/api/supervision/rules/350981001000");
        Assert.Equal(0.9m, town.GetProperty("warnFraction").GetDecimal());
        Assert.Equal(OtherCounty, town.GetProperty("lockedBy").GetProperty("warnFraction").GetString());
        Assert.Equal(1, town.GetProperty("warnWorkingDays").GetInt32()); // the valid term of the refused request was not written either
        Assert.False(town.TryGetProperty("own", out _));
    }

    [Theory]
    [InlineData("""{"warnWorkingDays":-1}""", "warnWorkingDays")]
    [InlineData("""{"warnWorkingDays":31}""", "warnWorkingDays")]
    [InlineData("""{"warnFraction":1.5}""", "warnFraction")]
    [InlineData("""{"warnFraction":0}""", "warnFraction")]
    [InlineData("""{"orderReplyWorkingDays":0}""", "orderReplyWorkingDays")]
    [InlineData("""{"locks":["speed"]}""", "locks")]
    public async Task Thresholds_out_of_range_are_422_naming_the_field(string body, string field)
    {
        var county = fixture.Host.CreateClient("supervisor-county");
        var response = await county.PutAsync("/api/supervision/rules/350926108000", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Contains(field, (await response.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
        var rules = await county.OkBodyAsync("/api/supervision/rules/350926108000");
        Assert.False(rules.TryGetProperty("own", out _)); // nothing was written
    }

    [Theory]
    [InlineData("other-county-clerk", County)]    // outside the caller's subtree
    [InlineData("town-clerk", "350926100000")]    // a window clerk does not set supervision rules
    public async Task Writing_rules_out_of_scope_is_404(string user, string division)
    {
        var response = await fixture.Host.CreateClient(user).PutAsJsonAsync($"/api/supervision/rules/{division}", new { warnWorkingDays = 2 });
        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_sweep_warns_by_the_handling_regions_own_threshold()
    {
        const string Strict = "350926106000", Lenient = "350926109000";
        await (await fixture.Host.CreateClient("supervisor-county").PutAsJsonAsync($"/api/supervision/rules/{Strict}", new { warnWorkingDays = 3 })).OkAsync();
        var strict = Accepted(new DateOnly(2025, 9, 1), 10, Strict, Strict);
        var lenient = Accepted(new DateOnly(2025, 9, 1), 10, Lenient, Lenient);
        await fixture.DeliverAsync(strict, lenient);

        await fixture.SweepAsync(new DateOnly(2025, 9, 10)); // three working days before Sep 15

        Assert.Equal("yellow", Assert.Single(await fixture.OpenAlarmsAsync(strict.CaseId)).GetProperty("level").GetString());
        Assert.Empty(await fixture.OpenAlarmsAsync(lenient.CaseId));
    }
}
