using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Kernel;

namespace Linkage.Hall.Tests;

/// <summary>上岗 at a numbered window: the case a clerk accepts is accepted at that window, and supervision counts it
/// there in <c>by=window</c>; a clerk claiming a window not signed on at is refused (decision 0527).</summary>
public sealed class WindowSignOnTests(HallHostFixture fixture) : IClassFixture<HallHostFixture>
{
    [Fact]
    public async Task A_case_accepted_at_window_03_counts_under_window_03_and_a_call_at_01_moves_the_clerk_there()
    {
        var centre = await HallCentre.SetUpAsync(fixture);
        await centre.WindowAsync("03", "sign-on", expected: HttpStatusCode.NoContent);
        await SignedOnAsync(centre, "03");

        var atThree = await AcceptAsync(centre, await SubmitAsync(), new { window = "03" });
        Assert.Equal(HttpStatusCode.OK, atThree);
        await centre.WalkInAsync("A");
        await centre.CallNextAsync("01"); // calling a ticket at 01 signs the clerk on there, off 03
        await SignedOnAsync(centre, "01");
        Assert.Equal(HttpStatusCode.OK, await AcceptAsync(centre, await SubmitAsync(), null));

        var windows = await Wait.Until(() => WindowCountsAsync(centre), w => w.Count == 2, what: "the centre's windows in by=window");
        Assert.Equal(1, windows[$"{centre.Id}#03"]);
        Assert.Equal(1, windows[$"{centre.Id}#01"]);
        Assert.Equal(1L, await fixture.ScalarAsync<long>(
            $"SELECT count(*) FROM hall.windows WHERE \"OrgUnitId\" = '{centre.Id}' AND \"ClerkSubject\" = 'clerk-{centre.Id}'"));
    }

    [Fact]
    public async Task A_clerk_not_signed_on_at_the_window_claimed_gets_422_naming_the_window_and_the_case_stays_received()
    {
        var centre = await HallCentre.SetUpAsync(fixture);
        await centre.WindowAsync("02", "sign-on", expected: HttpStatusCode.NoContent);
        await SignedOnAsync(centre, "02");
        var id = await SubmitAsync();

        using var clerk = centre.Clerk;
        var problem = await (await clerk.PostAsJsonAsync($"/api/intake/cases/{id}/acceptance", new { window = "03" }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(["window"], problem.ErrorFields());
        Assert.Equal("Received", await fixture.ScalarAsync<string>($"SELECT \"Status\" FROM intake.cases WHERE \"Id\" = '{id}'"));
        await centre.WindowAsync("02", "sign-off", expected: HttpStatusCode.NoContent);
        await Wait.Until(() => fixture.ScalarAsync<long>(
            $"SELECT count(*) FROM intake.clerk_windows WHERE \"ClerkSubject\" = 'clerk-{centre.Id}' AND \"WindowCode\" IS NULL"), n => n == 1);
        await (await clerk.PostAsJsonAsync($"/api/intake/cases/{id}/acceptance", new { window = "02" }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_clerk_cannot_sign_on_at_another_centres_window_nor_off_a_window_of_someone_else()
    {
        var mine = await HallCentre.SetUpAsync(fixture);
        var other = await HallCentre.SetUpAsync(fixture, extraWindowsForA: 1);

        await mine.WindowAsync("A0", "sign-on", expected: HttpStatusCode.NotFound); // only the other centre has window A0
        await other.WindowAsync("A0", "sign-on", expected: HttpStatusCode.NoContent);
        await mine.WindowAsync("01", "sign-off", expected: HttpStatusCode.Conflict);
        Assert.Equal(0L, await fixture.ScalarAsync<long>(
            $"SELECT count(*) FROM hall.windows WHERE \"ClerkSubject\" = 'clerk-{mine.Id}'"));
    }

    private async Task SignedOnAsync(HallCentre centre, string window) =>
        await Wait.Until(() => fixture.ScalarAsync<long>(
            $"SELECT count(*) FROM intake.clerk_windows WHERE \"ClerkSubject\" = 'clerk-{centre.Id}' AND \"WindowCode\" = '{window}'"), n => n == 1);

    private async Task<string> SubmitAsync()
    {
        using var resident = fixture.Host.CreateClient("resident");
        var created = await (await resident.PostAsJsonAsync("/api/intake/cases", new
        {
            matterCode = HallCentre.FoodPermit,
            applicant = new { kind = "person", name = "陈美华", idNumber = "350926198503120020" },
            principalConsent = true,
            materials = new[] { "application-form", "id-copy", "premises-plan", "health-certificate" }.Select(code => new { code }),
        })).JsonAsync(HttpStatusCode.Created);
        return created.Str("id");
    }

    private static async Task<HttpStatusCode> AcceptAsync(HallCentre centre, string id, object? body)
    {
        using var clerk = centre.Clerk;
        var response = body is null
            ? await clerk.PostAsync($"/api/intake/cases/{id}/acceptance", null)
            : await clerk.PostAsJsonAsync($"/api/intake/cases/{id}/acceptance", body);
        return response.StatusCode;
    }

    /// <summary>Cases received per window of this centre, as the county supervisor's <c>by=window</c> shows today.</summary>
    private async Task<Dictionary<string, long>> WindowCountsAsync(HallCentre centre)
    {
        var today = ChinaTime.ToLocalDate(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd");
        using var supervisor = fixture.Host.CreateClient("supervisor-county");
        var rows = await supervisor.OkBodyAsync($"/api/supervision/stats/breakdown?division={HallCentre.Division}&from={today}&to={today}&by=window");
        return rows.EnumerateArray().Where(r => r.Str("key").StartsWith(centre.Id + "#", StringComparison.Ordinal) && r.GetProperty("accepted").GetInt64() > 0)
            .ToDictionary(r => r.Str("key"), r => r.GetProperty("accepted").GetInt64());
    }
}
