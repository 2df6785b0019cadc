using System.Net;
using System.Net.Http.Json;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>An alarm persists: raised by the sweep, acknowledged, resolved, with who and when, each step published
/// through the outbox; only the handling unit's subtree sees or touches it.</summary>
public sealed class AlarmLifecycleTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private const string Town = "350926105000";

    [Fact]
    public async Task Raised_then_acknowledged_then_resolved_each_once_with_who_and_when_and_published()
    {
        var accepted = Accepted(new DateOnly(2025, 9, 1), 5, Town, Town);
        await fixture.DeliverAsync(accepted);
        await fixture.SweepAsync(new DateOnly(2025, 9, 10));
        var raised = Assert.Single(await fixture.OpenAlarmsAsync(accepted.CaseId));
        Assert.Equal("raised", raised.GetProperty("state").GetString());
        Assert.Equal("2025-09-10", raised.GetProperty("raisedOn").GetString());
        var id = raised.GetProperty("id").GetGuid();
        var supervisor = fixture.Host.CreateClient("supervisor-county");

        var outsider = await fixture.Host.CreateClient("other-county-clerk").PostAsync($"/api/supervision/alarms/{id}/acknowledge", null);
        await outsider.ProblemAsync(HttpStatusCode.NotFound);
        // the county centre's clerk reads the county's alarms but has no right to act on them (0635)
        var clerk = fixture.Host.CreateClient("clerk");
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/api/supervision/alarms?caseId={accepted.CaseId}")).StatusCode);
        await (await clerk.PostAsync($"/api/supervision/alarms/{id}/acknowledge", null)).ProblemAsync(HttpStatusCode.NotFound);
        await (await clerk.PostAsJsonAsync($"/api/supervision/alarms/{id}/resolve", new { note = "x" })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("raised", Assert.Single(await fixture.OpenAlarmsAsync(accepted.CaseId)).GetProperty("state").GetString());

        var acknowledged = await (await supervisor.PostAsync($"/api/supervision/alarms/{id}/acknowledge", null)).OkAsync();
        Assert.Equal("acknowledged", acknowledged.GetProperty("state").GetString());
        Assert.False(string.IsNullOrEmpty(acknowledged.GetProperty("acknowledgedBy").GetString()));
        Assert.True(acknowledged.TryGetProperty("acknowledgedAt", out _));
        await (await supervisor.PostAsync($"/api/supervision/alarms/{id}/acknowledge", null)).ProblemAsync(HttpStatusCode.Conflict);

        var resolved = await (await supervisor.PostAsJsonAsync($"/api/supervision/alarms/{id}/resolve", new { note = "已电话督促, 当日办结" })).OkAsync();
        Assert.Equal("resolved", resolved.GetProperty("state").GetString());
        Assert.Equal("已电话督促, 当日办结", resolved.GetProperty("note").GetString());
        Assert.Equal(acknowledged.GetProperty("acknowledgedBy").GetString(), resolved.GetProperty("resolvedBy").GetString());
        await (await supervisor.PostAsJsonAsync($"/api/supervision/alarms/{id}/resolve", new { note = "again" })).ProblemAsync(HttpStatusCode.Conflict);

        foreach (var type in new[] { "AlarmRaised", "AlarmAcknowledged", "AlarmResolved" })
            await fixture.Host.Eventually(async () => await fixture.CountAsync(
                $"SELECT count(*) FROM supervision.outbox_messages WHERE aggregate_id = '{accepted.CaseId}' AND message_type LIKE '%{type}%' AND dispatched_at IS NOT NULL") == 1);
    }

    [Fact]
    public async Task The_sweep_waits_for_an_acknowledgement_saved_as_it_takes_the_card_and_resolves_the_card_keeping_it()
    {
        var accepted = Accepted(new DateOnly(2025, 9, 1), 5, Town, Town);
        await fixture.DeliverAsync(accepted);
        await fixture.SweepAsync(new DateOnly(2025, 9, 10));
        var id = Assert.Single(await fixture.OpenAlarmsAsync(accepted.CaseId)).GetProperty("id").GetGuid();
        await fixture.DeliverAsync(Completed(accepted, new DateOnly(2025, 9, 11))); // the next pass resolves the red card
        // a supervisor's acknowledgement of the card, saved as the pass starts, not yet committed (decision 0714)
        await using var acknowledgement = await HeldWrite.StartAsync(fixture.Host,
            $"UPDATE supervision.alarms SET \"AcknowledgedBy\" = 'supervisor-county', \"AcknowledgedAt\" = now() WHERE \"Id\" = '{id}'");

        var sweeping = fixture.SweepOnceAsync(new DateOnly(2025, 9, 11));
        await acknowledgement.CommitOnceWaitedOnAsync(sweeping);

        Assert.True(await sweeping > 0);
        Assert.Equal(1, await fixture.CountAsync($"""
            SELECT count(*) FROM supervision.alarms WHERE "Id" = '{id}' AND "AcknowledgedBy" = 'supervisor-county'
            AND "ResolvedBy" = 'system' AND "Note" = 'case completed'
            """));
        Assert.Equal(1, await fixture.CountAsync(
            $"SELECT count(*) FROM supervision.outbox_messages WHERE aggregate_id = '{accepted.CaseId}' AND message_type LIKE '%AlarmResolved%'"));
    }

    [Fact]
    public async Task An_acknowledgement_that_loses_on_every_attempt_is_409_saying_to_send_it_again_and_keeps_nothing()
    {
        var accepted = Accepted(new DateOnly(2025, 9, 1), 5, Town, Town);
        await fixture.DeliverAsync(accepted);
        await fixture.SweepAsync(new DateOnly(2025, 9, 10));
        var id = Assert.Single(await fixture.OpenAlarmsAsync(accepted.CaseId)).GetProperty("id").GetGuid();
        // every save of the alarm finds it changed meanwhile: its update is skipped, so the row's xmin never matches (0732)
        await fixture.ExecuteAsync($"""
            CREATE FUNCTION supervision.test_changed_meanwhile() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NULL; END';
            CREATE TRIGGER test_changed_meanwhile BEFORE UPDATE ON supervision.alarms
                FOR EACH ROW WHEN (OLD."Id" = '{id}') EXECUTE FUNCTION supervision.test_changed_meanwhile();
            """);
        try
        {
            var response = await fixture.Host.CreateClient("supervisor-county").PostAsync($"/api/supervision/alarms/{id}/acknowledge", null);

            Assert.Contains("send it again", (await response.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        }
        finally
        {
            await fixture.ExecuteAsync("""
                DROP TRIGGER test_changed_meanwhile ON supervision.alarms; DROP FUNCTION supervision.test_changed_meanwhile();
                """);
        }
        Assert.Equal("raised", Assert.Single(await fixture.OpenAlarmsAsync(accepted.CaseId)).GetProperty("state").GetString());
        Assert.Equal(0, await fixture.CountAsync(
            $"SELECT count(*) FROM supervision.outbox_messages WHERE aggregate_id = '{accepted.CaseId}' AND message_type LIKE '%AlarmAcknowledged%'"));
    }

    [Fact]
    public async Task Another_county_sees_no_alarms_of_this_one()
    {
        var response = await fixture.Host.CreateClient("other-county-clerk").GetAsync($"/api/supervision/alarms?division={Town}");
        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Level_and_kind_narrow_the_list()
    {
        var accepted = Accepted(new DateOnly(2025, 9, 1), 5, Town, Town);
        await fixture.DeliverAsync(accepted);
        await fixture.SweepAsync(new DateOnly(2025, 9, 10));
        var supervisor = fixture.Host.CreateClient("supervisor-county");
        async Task<int> CountAsync(string filter) =>
            (await supervisor.OkBodyAsync($"/api/supervision/alarms?caseId={accepted.CaseId}&{filter}")).Items().GetArrayLength();

        Assert.Equal(1, await CountAsync("level=red&kind=case-deadline"));
        Assert.Equal(0, await CountAsync("level=yellow"));
        Assert.Equal(0, await CountAsync("kind=fee-mismatch"));
    }

    [Theory]
    [InlineData("level=amber", "level")]
    [InlineData("kind=late", "kind")]
    public async Task An_unknown_level_or_kind_is_422_naming_it(string query, string field)
    {
        var response = await fixture.Host.CreateClient("supervisor-county").GetAsync($"/api/supervision/alarms?{query}");
        Assert.Contains(field, (await response.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
    }

    [Fact]
    public async Task An_unknown_state_is_422()
    {
        var response = await fixture.Host.CreateClient("supervisor-county").GetAsync("/api/supervision/alarms?state=closed");
        Assert.Contains("state", (await response.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
    }

    [Fact]
    public async Task A_malformed_query_parameter_is_400_naming_the_parameter_not_the_body()
    {
        var response = await fixture.Host.CreateClient("supervisor-county").GetAsync("/api/supervision/alarms?caseId=xx");
        Assert.Equal(["caseId"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }
}
