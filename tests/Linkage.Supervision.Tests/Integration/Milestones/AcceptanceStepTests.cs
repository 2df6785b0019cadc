using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Contracts.Events.Intake;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>受理环节 (0595): received → accepted or noticed within the region's limit (行政许可法 Art. 32: 5 working
/// days), judged by the host's own sweep on chosen dates in September 2025 (no holidays).</summary>
public sealed class AcceptanceStepTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private const string Town = "350926104000";

    [Fact]
    public async Task An_unanswered_application_gets_a_card_the_day_after_five_working_days_and_a_late_acceptance_raises_the_trigger()
    {
        var submitted = Submitted(D(1), Town);
        await fixture.DeliverToInboxAsync(submitted);

        await fixture.SweepAsync(D(4));
        Assert.Empty(await fixture.OpenAlarmsAsync(submitted.CaseId));
        await fixture.SweepAsync(D(5)); // Mon Sep 1 + 5 working days: due Mon Sep 8, one working day left on Fri Sep 5: warned
        Assert.Equal(("accept-warning", "yellow", "2025-09-08"), KindLevelDue(Assert.Single(await fixture.OpenAlarmsAsync(submitted.CaseId))));
        await fixture.SweepAsync(D(8)); // still in time on its last day: no red card yet
        Assert.Equal(["accept-warning"], (await fixture.OpenAlarmsAsync(submitted.CaseId)).Select(a => a.GetProperty("kind").GetString()));
        await fixture.SweepAsync(D(9));
        var card = Assert.Single(await fixture.OpenAlarmsAsync(submitted.CaseId));
        Assert.Equal(("accept-deadline", "red", "2025-09-08"), KindLevelDue(card));

        await fixture.DeliverToInboxAsync(AcceptedAs(submitted, D(10)));
        await fixture.SweepAsync(D(10));

        var trigger = Assert.Single(await fixture.OpenAlarmsAsync(submitted.CaseId));
        Assert.Equal(("accepted-late", "red", "2025-09-08"), KindLevelDue(trigger));
        var resolved = (await Supervisor().OkBodyAsync($"/api/supervision/alarms?caseId={submitted.CaseId}&state=resolved")).Items().EnumerateArray()
            .Select(a => (a.GetProperty("kind").GetString(), a.GetProperty("resolvedBy").GetString())).Order();
        Assert.Equal([("accept-deadline", "system"), ("accept-warning", "system")], resolved);
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM supervision.alarms WHERE \"CaseId\" = '{submitted.CaseId}' AND \"Kind\" = 'AcceptDeadline'"));
    }

    [Fact]
    public async Task The_acceptance_card_counts_in_the_receiving_units_daily_red_counter()
    {
        const string Receiving = "350926114000";
        var submitted = Submitted(D(1), Receiving);
        await fixture.DeliverToInboxAsync(submitted);
        var day = $"/api/supervision/stats/breakdown?division={Receiving}&from=2025-09-09&to=2025-09-09&by=window";
        Assert.Equal(0, (await Supervisor().OkBodyAsync(day)).GetArrayLength());

        await fixture.SweepAsync(D(9));

        var row = Assert.Single((await Supervisor().OkBodyAsync(day)).EnumerateArray());
        Assert.Equal(($"ou-{Receiving}", 1, 0), (row.GetProperty("key").GetString(), row.GetProperty("red").GetInt32(), row.GetProperty("yellow").GetInt32()));
    }

    [Fact]
    public async Task A_missing_materials_notice_within_the_limit_answers_the_step_and_no_card_is_raised()
    {
        var submitted = Submitted(D(1), Town);
        await fixture.DeliverToInboxAsync(submitted);
        await fixture.DeliverToInboxAsync(new MaterialsRequested(submitted.CaseId, submitted.CaseNumber, "000121010000", $"ou-{County}", County,
            ["M01"], At(D(5), 15), At(D(1), 9)));

        await fixture.SweepAsync(D(20));

        Assert.Empty(await fixture.OpenAlarmsAsync(submitted.CaseId));
        Assert.Equal(1, await fixture.CountAsync(
            $"SELECT count(*) FROM supervision.milestones WHERE \"CaseId\" = '{submitted.CaseId}' AND \"Kind\" = 'Acceptance' AND \"Outcome\" = 'notice' AND \"NextCheckOn\" IS NULL"));
    }

    [Fact]
    public async Task A_late_acceptance_reported_before_the_receipt_raises_the_trigger_once_the_receipt_arrives()
    {
        var submitted = Submitted(D(1), Town);
        await fixture.DeliverToInboxAsync(AcceptedAs(submitted, D(12)));
        Assert.Empty(await fixture.OpenAlarmsAsync(submitted.CaseId)); // no receipt yet: nothing to judge

        await fixture.DeliverToInboxAsync(submitted);
        await fixture.SweepAsync(D(15));

        Assert.Equal(["accepted-late"], (await fixture.OpenAlarmsAsync(submitted.CaseId)).Select(a => a.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task The_limit_is_the_receiving_regions_rule_and_a_limit_beyond_the_statute_is_422()
    {
        const string Strict = "350926111000", Plain = "350926112000";
        var county = Supervisor();
        var tooLong = await county.PutAsJsonAsync($"/api/supervision/rules/{Strict}", new { acceptanceWorkingDays = 6 });
        Assert.Contains("acceptanceWorkingDays", (await tooLong.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
        var rules = await (await county.PutAsJsonAsync($"/api/supervision/rules/{Strict}", new { acceptanceWorkingDays = 2 })).OkAsync();
        Assert.Equal((2, Strict), (rules.GetProperty("acceptanceWorkingDays").GetInt32(),
            rules.GetProperty("provenance").GetProperty("acceptanceWorkingDays").GetString()));
        var strict = Submitted(D(1), Strict);
        var plain = Submitted(D(1), Plain);
        await fixture.DeliverToInboxAsync(strict, plain);

        await fixture.SweepAsync(D(4));

        Assert.Equal(("accept-deadline", "red", "2025-09-03"), KindLevelDue(Assert.Single(await fixture.OpenAlarmsAsync(strict.CaseId))));
        Assert.Empty(await fixture.OpenAlarmsAsync(plain.CaseId));
    }

    [Fact]
    public async Task A_locked_limit_binds_the_towns_below()
    {
        const string LockingCounty = "350982000000", TownBelow = "350982002000";
        var province = fixture.Host.CreateClient("admin-province");
        await (await province.PutAsJsonAsync($"/api/supervision/rules/{LockingCounty}",
            new { acceptanceWorkingDays = 3, locks = new[] { "acceptanceWorkingDays" } })).OkAsync();

        var response = await province.PutAsJsonAsync($"/api/supervision/rules/{TownBelow}", new { acceptanceWorkingDays = 5 });

        Assert.Contains("acceptanceWorkingDays", (await response.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
        var town = await province.OkBodyAsync($"/api/supervision/rules/{TownBelow}");
        Assert.Equal((3, LockingCounty), (town.GetProperty("acceptanceWorkingDays").GetInt32(),
            town.GetProperty("lockedBy").GetProperty("acceptanceWorkingDays").GetString()));
    }

    private static CaseSubmitted Submitted(DateOnly on, string division) => new(Guid.NewGuid(),
        $"{division}-{on:yyyyMMdd}-{Random.Shared.Next(1, 999_999):D6}", "000121010000", "window", $"ou-{division}", division, At(on, 9));

    private static CaseAccepted AcceptedAs(CaseSubmitted s, DateOnly on) =>
        Accepted(on, 20, County, s.SubmittedAtDivision) with { CaseId = s.CaseId, CaseNumber = s.CaseNumber };

    private HttpClient Supervisor() => fixture.Host.CreateClient("supervisor-county");

    private static (string?, string?, string?) KindLevelDue(JsonElement alarm) => (alarm.GetProperty("kind").GetString(),
        alarm.GetProperty("level").GetString(), alarm.GetProperty("dueDate").GetString());

    private static DateOnly D(int day) => new(2025, 9, day);
}
