using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Linkage.Kernel;

namespace Linkage.Hall.Tests;

/// <summary>Every acceptance a window clerk makes at the counter takes the clerk's signed-on window, as the acceptance
/// of an online case does (<see cref="WindowSignOnTests"/>), and supervision counts it there in <c>by=window</c>:
/// 当场受理 of complete materials, 容缺 acceptance, 即办 finished on the spot, and a notice answered at the counter
/// (decision 0527).</summary>
public sealed class CounterAcceptanceTests(HallHostFixture fixture) : IClassFixture<HallHostFixture>
{
    private static readonly string[] AllMaterials = ["application-form", "id-copy", "premises-plan", "health-certificate"];

    [Fact]
    public async Task A_complete_submission_accepted_on_the_spot_is_accepted_at_the_clerks_window()
    {
        var counter = await CounterClerk.SignOnAsync(fixture, CounterClerk.County);
        var created = await counter.SubmitAsync(FoodPermit(AllMaterials));

        Assert.Equal("accepted", created.Str("status"));
        await AssertCountedAtWindowAsync(counter, created.Str("id"));
    }

    [Fact]
    public async Task A_deferred_acceptance_of_a_secondary_material_is_accepted_at_the_clerks_window()
    {
        var counter = await CounterClerk.SignOnAsync(fixture, CounterClerk.County);
        var supplyBy = WorkingDayCalendar.China.AddWorkingDays(ChinaTime.ToLocalDate(DateTimeOffset.UtcNow), 5);
        var created = await counter.SubmitAsync(FoodPermit(["application-form", "id-copy", "premises-plan"], supplyBy));

        Assert.Equal("accepted", created.Str("status"));
        Assert.Equal(["health-certificate"], created.GetProperty("slip").GetProperty("outstandingMaterials").EnumerateArray().Select(m => m.GetString()!));
        await AssertCountedAtWindowAsync(counter, created.Str("id"));
    }

    [Fact]
    public async Task An_instant_matter_finished_at_the_town_counter_is_accepted_and_counted_at_the_clerks_window()
    {
        var counter = await CounterClerk.SignOnAsync(fixture, CounterClerk.Town);
        var created = await counter.SubmitAsync(new
        {
            matterCode = "000113012000",
            applicant = new { kind = "person", name = "陈美华", idNumber = "350926198503120020" },
            materials = new[] { new { code = "id-copy" }, new { code = "photo" } },
        });

        Assert.Equal("completed", created.Str("status"));
        Assert.Equal("instant", created.Str("outcome"));
        var row = await AssertCountedAtWindowAsync(counter, created.Str("id"));
        Assert.Equal(1, row.GetProperty("instant").GetInt32());
    }

    [Fact]
    public async Task A_notice_answered_at_the_counter_is_accepted_at_the_window_of_the_clerk_who_took_the_materials()
    {
        var counter = await CounterClerk.SignOnAsync(fixture, CounterClerk.County);
        var created = await counter.SubmitAsync(FoodPermit(["application-form", "id-copy"]));
        Assert.Equal("awaiting-materials", created.Str("status"));
        var id = created.Str("id");

        using var clerk = counter.Client;
        var supplied = await (await clerk.PostAsync($"/api/intake/cases/{id}/materials",
            Pdfs("premises-plan", "health-certificate"))).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("accepted", supplied.Str("status"));
        await AssertCountedAtWindowAsync(counter, id);
    }

    /// <summary>Intake keeps the window on the case, and supervision counts the case's acceptance (受理, 0509) under it; the row found.</summary>
    private async Task<JsonElement> AssertCountedAtWindowAsync(CounterClerk counter, string caseId)
    {
        Assert.Equal(counter.Window, await fixture.ScalarAsync<string>(
            $"SELECT \"AcceptedAtWindow\" FROM intake.cases WHERE \"Id\" = '{caseId}'"));
        // a week on: 即办 on a rest day is accepted on the next working day (IntakeCase.AcceptOn)
        var (from, to) = (ChinaTime.ToLocalDate(DateTimeOffset.UtcNow), ChinaTime.ToLocalDate(DateTimeOffset.UtcNow).AddDays(7));
        using var supervisor = fixture.Host.CreateClient("supervisor-county");
        var rows = await Wait.Until(async () => (await supervisor.OkBodyAsync(
                $"/api/supervision/stats/breakdown?division={HallCentre.Division}&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&by=window"))
                .EnumerateArray().Where(r => r.Str("key") == counter.Window).ToList(),
            found => found.Count == 1 && found[0].GetProperty("accepted").GetInt32() == 1,
            TimeSpan.FromSeconds(60), $"window {counter.Window} in by=window");
        return rows[0];
    }

    private static object FoodPermit(string[] materials, DateOnly? supplyBy = null) => new
    {
        matterCode = HallCentre.FoodPermit,
        applicant = new { kind = "person", name = "陈美华", idNumber = "350926198503120020" },
        materials = materials.Select(code => new { code }),
        supplyBy = supplyBy?.ToString("yyyy-MM-dd"),
    };

    private static MultipartFormDataContent Pdfs(params string[] codes)
    {
        var form = new MultipartFormDataContent();
        foreach (var code in codes)
        {
            var file = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"));
            file.Headers.ContentType = new("application/pdf");
            form.Add(file, code, $"{code}.pdf");
        }
        return form;
    }
}
