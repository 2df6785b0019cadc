using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Kernel;

namespace Linkage.Ratings.Tests;

/// <summary>Regions set their own return-visit and rectification limits (decision 0638), as supervision's rules do
/// (0353): a bad rating gets its region's dates, a region below inherits unless it overrides, a lock above stops the
/// override, bad input is 422 naming the field, and other regions' limits are not the caller's to write.</summary>
public sealed class RegionDeadlineTests(RatingsHostFixture fixture) : IClassFixture<RatingsHostFixture>
{
    private static readonly DateOnly Today = ChinaTime.ToLocalDate(DateTimeOffset.UtcNow);

    private static DateOnly After(int workingDays) => WorkingDayCalendar.China.AddWorkingDays(Today, workingDays);

    private async Task<HttpResponseMessage> PutAsync(string user, string division, object body) =>
        await fixture.Host.CreateClient(user).PutAsJsonAsync($"/api/ratings/region-deadlines/{division}", body);

    private async Task<(DateOnly VisitDue, DateOnly DueDate)> BadRatingDatesAsync(string handling)
    {
        var @case = await fixture.CaseAsync(handling: handling);
        var token = (await fixture.InvitationAsync(@case.CaseId, "online")).Str("token"); // the limits' stamp comes with the token's read
        var rectification = (await (await fixture.RateAsync(new { token, grade = 1 })).CreatedAsync()).GetProperty("rectification");
        return (DateOnly.Parse(rectification.Str("visitDue")), DateOnly.Parse(rectification.Str("dueDate")));
    }

    [Fact]
    public async Task A_citys_own_days_set_a_new_bad_ratings_dates_and_a_county_inherits_them_unless_it_overrides()
    {
        Assert.Equal((After(1), After(15)), await BadRatingDatesAsync("350921000000")); // the defaults before

        var city = await (await PutAsync("supervisor-city", "350900000000", new { visitWorkingDays = 3, rectificationWorkingDays = 10 })).OkAsync();
        Assert.Equal("3509", city.GetProperty("provenance").Str("rectificationWorkingDays"));

        Assert.Equal((After(3), After(10)), await BadRatingDatesAsync("350921000000")); // inherited from the city
        var county = await (await PutAsync("supervisor-county", "350926000000", new { rectificationWorkingDays = 5 })).OkAsync();
        Assert.Equal((3, 5), (county.GetProperty("visitWorkingDays").GetInt32(), county.GetProperty("rectificationWorkingDays").GetInt32()));
        Assert.Equal(("3509", "350926"), (county.GetProperty("provenance").Str("visitWorkingDays"), county.GetProperty("provenance").Str("rectificationWorkingDays")));
        Assert.Equal((After(3), After(5)), await BadRatingDatesAsync("350926000000")); // its own rectification days
        Assert.Equal((After(3), After(10)), await BadRatingDatesAsync("350921000000")); // its neighbour keeps the city's
    }

    [Fact]
    public async Task A_lock_above_stops_a_region_below_from_overriding_and_nothing_is_written()
    {
        await (await PutAsync("admin-province", "350100000000", new { rectificationWorkingDays = 12, locks = new[] { "rectificationWorkingDays" } })).OkAsync();

        var refused = await PutAsync("admin-province", "350102000000", new { rectificationWorkingDays = 5 });

        Assert.Contains("rectificationWorkingDays", (await refused.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
        var county = await fixture.Host.CreateClient("admin-province").GetFromJsonAsync<JsonElement>("/api/ratings/region-deadlines/350102000000");
        Assert.Equal((12, "3501"), (county.GetProperty("rectificationWorkingDays").GetInt32(), county.GetProperty("lockedBy").Str("rectificationWorkingDays")));
        Assert.False(county.TryGetProperty("own", out _)); // the refused write left nothing
        Assert.Equal((After(1), After(12)), await BadRatingDatesAsync("350102000000"));
        await (await PutAsync("admin-province", "350102000000", new { visitWorkingDays = 2 })).OkAsync(); // an unlocked term still may
        Assert.Equal((After(2), After(12)), await BadRatingDatesAsync("350102000000"));
    }

    [Theory]
    [InlineData("""{"visitWorkingDays":0}""", "visitWorkingDays")]
    [InlineData("""{"rectificationWorkingDays":61}""", "rectificationWorkingDays")]
    [InlineData("""{"locks":["deadline"]}""", "locks")]
    public async Task Bad_input_is_422_naming_the_field_and_writes_nothing(string json, string field)
    {
        var response = await fixture.Host.CreateClient("admin-province").PutAsync("/api/ratings/region-deadlines/350200000000",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Contains(field, (await response.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
        Assert.Equal(0, await fixture.CountAsync("""SELECT count(*) FROM ratings.region_deadlines WHERE "DivisionPrefix" = '3502'"""));
    }

    [Theory]
    [InlineData("supervisor-county", "350900000000")] // a region above its own
    [InlineData("supervisor-city", "350100000000")]   // another city
    [InlineData("clerk", "350926000000")]             // no supervisor or admin
    [InlineData("resident", "350926000000")]
    public async Task Writing_another_regions_limits_is_404(string user, string division)
    {
        var response = await PutAsync(user, division, new { visitWorkingDays = 2 });

        await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await fixture.CountAsync("""SELECT count(*) FROM ratings.region_deadlines WHERE "VisitWorkingDays" = 2 AND "UpdatedBy" <> '' AND "DivisionPrefix" IN ('3509', '3501', '350926')"""));
    }
}
