using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Linkage.Kernel;
using Linkage.ServiceDefaults.Auth;
using Linkage.Testing;

namespace Linkage.Intake.Tests;

/// <summary>预约: a slot at the competent centre, never booked twice, however close the race.</summary>
public sealed class AppointmentTests(IntakeHostFixture fixture) : IClassFixture<IntakeHostFixture>
{
    private static readonly string[] Residents = ["350926199001010010", "350926198002020021", "350926198503120020", "350926198503120020"];

    private static DateOnly NextWorkingDay(int after) =>
        WorkingDayCalendar.China.AddWorkingDays(ChinaTime.ToLocalDate(DateTimeOffset.UtcNow), after);

    private HttpClient Resident(int i)
    {
        var client = fixture.Host.CreateClient();
        var user = new DemoUser($"resident-{i}", $"居民{i}", [Roles.Applicant], "350926100201", IdNumber: Residents[i % Residents.Length]);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Host.TokenFor(user));
        return client;
    }

    [Fact]
    public async Task Concurrent_bookings_of_one_slot_give_exactly_one_appointment()
    {
        var date = NextWorkingDay(2);
        var clients = Enumerable.Range(0, 8).Select(Resident).ToList();
        var results = await Task.WhenAll(clients.Select(c =>
            c.CallAsync("/api/intake/appointments", new { matterCode = Applications.FoodPermit, date = date.ToString("yyyy-MM-dd"), start = "09:30" })));

        Assert.Single(results, r => r.Status == HttpStatusCode.Created);
        Assert.Equal(7, results.Count(r => r.Status == HttpStatusCode.Conflict));
        Assert.Equal("ou-350926-centre", results.Single(r => r.Status == HttpStatusCode.Created).Body.Str("orgUnitId"));
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM intake.appointments WHERE date = '{date:yyyy-MM-dd}' AND start = '09:30'"));
        clients.ForEach(c => c.Dispose());

        using var clerk = fixture.Host.CreateClient("clerk");
        var (listed, other) = (await clerk.GetStringAsync($"/api/intake/appointments?date={date:yyyy-MM-dd}"),
            await fixture.Host.CreateClient("other-county-clerk").GetStringAsync($"/api/intake/appointments?date={date:yyyy-MM-dd}"));
        Assert.Contains("09:30", listed);
        Assert.Empty(JsonDocument.Parse(other).RootElement.Items().EnumerateArray());
    }

    public static TheoryData<string, string, string, string> BadSlots() => new()
    {
        { "off the grid", Applications.FoodPermit, "10:15", "start" },
        { "lunch time", Applications.FoodPermit, "12:30", "start" },
        { "unknown matter", "999999999999", "10:00", "matterCode" },
    };

    [Theory]
    [MemberData(nameof(BadSlots))]
    public async Task A_bad_booking_is_422_naming_the_field(string what, string matter, string start, string field)
    {
        using var resident = fixture.Host.CreateClient("resident");
        var (status, problem) = await resident.CallAsync("/api/intake/appointments",
            new { matterCode = matter, date = NextWorkingDay(3).ToString("yyyy-MM-dd"), start });

        Assert.True(HttpStatusCode.UnprocessableEntity == status, what);
        Assert.Contains(field, problem.Errors());
    }

    [Fact]
    public async Task A_past_date_cannot_be_booked_and_clerks_cannot_book()
    {
        using var resident = fixture.Host.CreateClient("resident");
        var (status, problem) = await resident.CallAsync("/api/intake/appointments",
            new { matterCode = Applications.FoodPermit, date = ChinaTime.ToLocalDate(DateTimeOffset.UtcNow).AddDays(-3).ToString("yyyy-MM-dd"), start = "10:00" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("start", problem.Errors());
        using var clerk = fixture.Host.CreateClient("clerk");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.CallAsync("/api/intake/appointments", new { })).Status);
    }

    [Fact]
    public async Task Pre_review_tells_the_online_applicant_what_to_bring()
    {
        using var resident = fixture.Host.CreateClient("resident");
        var (_, created) = await resident.CallAsync("/api/intake/cases", Applications.FoodPermitFor(materials: Deferral.MainMaterials));
        var id = created.Str("id");
        using var clerk = fixture.Host.CreateClient("clerk");

        var (invalid, problem) = await clerk.CallAsync($"/api/intake/cases/{id}/pre-review", new { bring = new[] { "passport" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid);
        Assert.Contains("bring[0]", problem.Errors());
        var (status, _) = await clerk.CallAsync($"/api/intake/cases/{id}/pre-review", new { bring = new[] { "id-copy" }, note = "请携带身份证原件" });
        Assert.Equal(HttpStatusCode.OK, status);

        var seen = await resident.CaseAsync(id);
        Assert.Equal("received", seen.Str("status"));
        var review = seen.GetProperty("preReview");
        Assert.Equal(["health-certificate", "id-copy"], review.GetProperty("bring").EnumerateArray().Select(b => b.GetString()!).Order().ToArray());
        Assert.Equal("请携带身份证原件", review.Str("note"));
        using var other = fixture.Host.CreateClient("other-county-clerk");
        Assert.Equal(HttpStatusCode.NotFound, (await other.CallAsync($"/api/intake/cases/{id}/pre-review", new { })).Status);
    }

    [Fact]
    public async Task One_applicant_holds_at_most_three_upcoming_slots_per_centre_and_can_cancel_only_their_own()
    {
        using var applicant = ResidentWith(FreshId(), "cap");
        var date = NextWorkingDay(4);
        async Task<(HttpStatusCode Status, System.Text.Json.JsonElement Body)> BookAsync(string start) =>
            await applicant.CallAsync("/api/intake/appointments", new { matterCode = Applications.FoodPermit, date = date.ToString("yyyy-MM-dd"), start });

        var booked = new List<string>();
        foreach (var start in new[] { "14:00", "14:30", "15:00" })
        {
            var (status, body) = await BookAsync(start);
            Assert.Equal(HttpStatusCode.Created, status);
            booked.Add(body.Str("id"));
        }
        Assert.Equal(HttpStatusCode.Conflict, (await BookAsync("15:30")).Status);

        using var other = ResidentWith(FreshId(), "other");
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/intake/appointments/{booked[0]}")).StatusCode);
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM intake.appointments WHERE id = '{booked[0]}'"));

        Assert.Equal(HttpStatusCode.NoContent, (await applicant.DeleteAsync($"/api/intake/appointments/{booked[0]}")).StatusCode);
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM intake.appointments WHERE id = '{booked[0]}'"));
        Assert.Equal(HttpStatusCode.Created, (await BookAsync("15:30")).Status);
        Assert.Equal(HttpStatusCode.Created, (await other.CallAsync("/api/intake/appointments",
            new { matterCode = Applications.FoodPermit, date = date.ToString("yyyy-MM-dd"), start = "14:00" })).Status); // the freed slot
    }

    private HttpClient ResidentWith(string idNumber, string name)
    {
        var client = fixture.Host.CreateClient();
        var user = new DemoUser($"resident-{name}", name, [Roles.Applicant], "350926100201", IdNumber: idNumber);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Host.TokenFor(user));
        return client;
    }

    /// <summary>A valid citizen ID nobody else in the fixture uses: a random sequence, then the check digit that parses.</summary>
    private static string FreshId()
    {
        var stem = $"35092619950505{Random.Shared.Next(100, 999)}";
        return "0123456789X".Select(c => stem + c).First(id => CitizenId.TryParse(id, out _, out _));
    }
}
