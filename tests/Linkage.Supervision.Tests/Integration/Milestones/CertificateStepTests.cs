using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Contracts.Events.Approval;
using Linkage.Contracts.Events.Certificates;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>发证 and 送达 (0595): the licence issued and delivered within the handling region's days of the decision
/// (行政许可法 Art. 44: 10 days), judged by the host's own sweep on chosen dates in September 2025.</summary>
public sealed class CertificateStepTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    [Fact]
    public async Task An_issued_licence_not_delivered_within_ten_days_of_the_decision_gets_a_card_its_delivery_resolves()
    {
        var approved = Approved(D(1), County);
        await fixture.DeliverToInboxAsync(approved);
        await fixture.DeliverToInboxAsync(Issued(approved, D(3)));

        await fixture.SweepAsync(D(9));
        Assert.Empty(await fixture.OpenAlarmsAsync(approved.CaseId));
        await fixture.SweepAsync(D(10)); // Sep 1 + 10 days: due Sep 11, one working day left on Sep 10 (the default warning)
        Assert.Equal(("deliver-warning", "yellow", "2025-09-11"), KindLevelDue(Assert.Single(await fixture.OpenAlarmsAsync(approved.CaseId))));
        await fixture.SweepAsync(D(11)); // still in time on Sep 11
        await fixture.SweepAsync(D(12));
        Assert.Equal(("deliver-deadline", "red", "2025-09-11"), KindLevelDue(Assert.Single(await fixture.OpenAlarmsAsync(approved.CaseId))));

        await fixture.DeliverToInboxAsync(new CertificateDelivered(Guid.NewGuid(), "L-1", approved.CaseId, "village-station", $"ou-{Village}", At(D(13), 10)));

        Assert.Empty(await fixture.OpenAlarmsAsync(approved.CaseId));
        var resolved = (await Supervisor().OkBodyAsync($"/api/supervision/alarms?caseId={approved.CaseId}&state=resolved")).Items().EnumerateArray()
            .Select(a => (a.GetProperty("kind").GetString(), a.GetProperty("resolvedBy").GetString())).Order();
        Assert.Equal([("deliver-deadline", "system"), ("deliver-warning", "system")], resolved);
    }

    [Fact]
    public async Task A_licence_due_is_warned_on_its_last_day_counted_yellow_and_issuing_in_time_resolves_the_warning()
    {
        const string Handling = "350926119000";
        var approved = Approved(D(1), Handling);
        await fixture.DeliverToInboxAsync(approved, new LicenceDue(approved.CaseId, approved.CaseNumber, Handling, approved.ApprovedAt));
        var day = $"/api/supervision/stats/breakdown?division={Handling}&from=2025-09-11&to=2025-09-11&by=org-unit";

        await fixture.SweepAsync(D(11));

        Assert.Equal(("issue-warning", "yellow", "2025-09-11"), KindLevelDue(Assert.Single(await fixture.OpenAlarmsAsync(approved.CaseId))));
        var row = Assert.Single((await Supervisor().OkBodyAsync(day)).EnumerateArray());
        Assert.Equal((1, 0), (row.GetProperty("yellow").GetInt32(), row.GetProperty("red").GetInt32()));
        await fixture.DeliverToInboxAsync(Issued(approved, D(11)));

        Assert.DoesNotContain("issue-warning", (await fixture.OpenAlarmsAsync(approved.CaseId)).Select(a => a.GetProperty("kind").GetString()));
        var resolved = Assert.Single((await Supervisor().OkBodyAsync($"/api/supervision/alarms?caseId={approved.CaseId}&state=resolved")).Items().EnumerateArray());
        Assert.Equal(("issue-warning", "system"), (resolved.GetProperty("kind").GetString(), resolved.GetProperty("resolvedBy").GetString()));
    }

    [Fact]
    public async Task A_licence_issued_after_the_limit_raises_the_trigger_and_a_reissue_does_not_raise_it_again()
    {
        var approved = Approved(D(1), County);
        await fixture.DeliverToInboxAsync(Issued(approved, D(15)), approved); // certificates' event may overtake approval's
        await fixture.DeliverToInboxAsync(Issued(approved, D(16)));

        Assert.Equal(("issued-late", "red", "2025-09-11"), KindLevelDue(Assert.Single(await fixture.OpenAlarmsAsync(approved.CaseId))));
    }

    [Fact]
    public async Task A_licence_due_and_never_issued_gets_a_card_after_ten_days_counted_for_the_handling_unit_and_issuing_resolves_it()
    {
        const string Handling = "350926115000";
        var approved = Approved(D(1), Handling);
        await fixture.DeliverToInboxAsync(approved, new LicenceDue(approved.CaseId, approved.CaseNumber, Handling, approved.ApprovedAt));
        var day = $"/api/supervision/stats/breakdown?division={Handling}&from=2025-09-12&to=2025-09-12&by=org-unit";

        await fixture.SweepAsync(D(9));
        Assert.Empty(await fixture.OpenAlarmsAsync(approved.CaseId));
        Assert.Equal(0, (await Supervisor().OkBodyAsync(day)).GetArrayLength());
        await fixture.SweepAsync(D(12));

        Assert.Equal(("issue-deadline", "red", "2025-09-11"), KindLevelDue(Assert.Single(await fixture.OpenAlarmsAsync(approved.CaseId))));
        var row = Assert.Single((await Supervisor().OkBodyAsync(day)).EnumerateArray());
        Assert.Equal(($"ou-{Handling}", 1), (row.GetProperty("key").GetString(), row.GetProperty("red").GetInt32()));

        await fixture.DeliverToInboxAsync(Issued(approved, D(13)));
        Assert.Equal(["issued-late"], (await fixture.OpenAlarmsAsync(approved.CaseId)).Select(a => a.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task An_approval_that_issues_no_licence_never_gets_a_card()
    {
        // certificates sends LicenceDue only for a matter whose catalog entry produces a licence (Certificates.Tests)
        var approved = Approved(D(1), County);
        await fixture.DeliverToInboxAsync(approved);

        await fixture.SweepAsync(D(30));

        Assert.Empty(await fixture.OpenAlarmsAsync(approved.CaseId));
    }

    [Fact]
    public async Task The_days_are_the_handling_regions_rule_and_more_than_the_statute_is_422()
    {
        const string Strict = "350926113000";
        var county = Supervisor();
        var tooLong = await county.PutAsJsonAsync($"/api/supervision/rules/{Strict}", new { certificateDays = 11 });
        Assert.Contains("certificateDays", (await tooLong.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
        await (await county.PutAsJsonAsync($"/api/supervision/rules/{Strict}", new { certificateDays = 3 })).OkAsync();
        var approved = Approved(D(1), Strict);
        await fixture.DeliverToInboxAsync(approved, Issued(approved, D(2)));

        await fixture.SweepAsync(D(5));

        Assert.Equal(("deliver-deadline", "red", "2025-09-04"), KindLevelDue(Assert.Single(await fixture.OpenAlarmsAsync(approved.CaseId))));
    }

    private static CaseApproved Approved(DateOnly on, string handling) => new(Guid.NewGuid(),
        $"{handling}-{on:yyyyMMdd}-{Random.Shared.Next(1, 999_999):D6}", "000121010000", "食品经营许可", "11350926MB0000000X000121010000", 1,
        $"ou-{handling}", handling, $"ou-{Village}", "陈美华", "350926********0020", "digest", At(on, 15));

    private static CertificateIssued Issued(CaseApproved a, DateOnly on) => new(Guid.NewGuid(), $"L-{Guid.NewGuid():N}"[..20], a.CaseId,
        "食品经营许可证", a.HolderName, "11350926MB0000000X", on, null, At(on, 10));

    private HttpClient Supervisor() => fixture.Host.CreateClient("supervisor-county");

    private static (string?, string?, string?) KindLevelDue(JsonElement alarm) => (alarm.GetProperty("kind").GetString(),
        alarm.GetProperty("level").GetString(), alarm.GetProperty("dueDate").GetString());

    private static DateOnly D(int day) => new(2025, 9, day);
}
