using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Contracts.Events.Ratings;
using Linkage.Ratings.Features.Sweep;
using Linkage.Ratings.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Linkage.Ratings.Tests;

/// <summary>Overdue return visits and rectifications raise alarms for supervision, once each, through the outbox;
/// the sweep is driven by a controllable clock against the real database and bus, and supervision raises the cards.</summary>
public sealed class OverdueTests(RatingsHostFixture fixture) : IClassFixture<RatingsHostFixture>
{
    private async Task<int> SweepAtAsync(DateTimeOffset now)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var sweep = new OverdueSweep(scope.ServiceProvider.GetRequiredService<RatingsDbContext>(), new FakeTimeProvider(now.ToUniversalTime()));
        return await sweep.RunAsync(CancellationToken.None);
    }

    private async Task<Guid> BadRatingAsync()
    {
        var @case = await fixture.CaseAsync(handlingOrgUnit: "ou-350926-centre");
        var rating = await (await fixture.RateAsync(new { caseId = @case.CaseId, grade = 2 })).CreatedAsync();
        return rating.GetProperty("rectification").GetProperty("id").GetGuid();
    }

    private Task<long> OutboxAsync(Guid id, string type) => fixture.CountAsync(
        $"SELECT count(*) FROM ratings.outbox_messages WHERE aggregate_id = '{id}' AND message_type LIKE '%{type}%'");

    [Fact]
    public async Task A_visit_not_made_by_its_day_and_a_rectification_past_its_deadline_raise_one_alarm_each()
    {
        var unvisited = await BadRatingAsync();
        var visited = await BadRatingAsync();
        await (await fixture.StepAsync("clerk", visited, "visit", new { note = "已回访" })).OkAsync();

        await SweepAtAsync(DateTimeOffset.UtcNow.AddDays(10));  // past the visit day, before the deadline
        var visitAlarm = await fixture.Host.Eventually(() => Task.FromResult(
            fixture.Published.OfType<ReturnVisitOverdue>().FirstOrDefault(e => e.RectificationId == unvisited)));
        Assert.Equal(("350926000000", "ou-350926-centre"), (visitAlarm.HandlingDivision, visitAlarm.HandlingOrgUnitId));
        Assert.Equal(0, await OutboxAsync(visited, nameof(ReturnVisitOverdue)));
        Assert.Equal(0, await OutboxAsync(unvisited, nameof(RectificationOverdue)));

        await SweepAtAsync(DateTimeOffset.UtcNow.AddDays(40));  // past the 15 working days
        await SweepAtAsync(DateTimeOffset.UtcNow.AddDays(41));
        foreach (var id in new[] { unvisited, visited })
        {
            var alarm = await fixture.Host.Eventually(() => Task.FromResult(
                fixture.Published.OfType<RectificationOverdue>().FirstOrDefault(e => e.RectificationId == id)));
            Assert.Equal(1, await OutboxAsync(id, nameof(RectificationOverdue)));
            Assert.True(alarm.Deadline < DateOnly.FromDateTime(DateTime.UtcNow.AddDays(40)));
        }
        Assert.Equal(1, await OutboxAsync(unvisited, nameof(ReturnVisitOverdue)));
        var steps = (await fixture.Host.CreateClient("clerk").GetFromJsonAsync<JsonElement>($"/api/ratings/rectifications/{unvisited}/steps")).Items();
        Assert.Contains(steps.EnumerateArray(), s => s.Str("step") == "visit-overdue" && s.Str("by") == "system");

        // supervision, in the same host, turns the two events into a yellow and a red card on the rectification
        var supervisor = fixture.Host.CreateClient("supervisor-county");
        var cards = await fixture.Host.Eventually(async () =>
        {
            var open = (await supervisor.GetFromJsonAsync<JsonElement>($"/api/supervision/alarms?caseId={unvisited}")).Items();
            return open.GetArrayLength() == 2 ? open.EnumerateArray().ToList() : null;
        });
        Assert.Equal([("rectify-overdue", "red"), ("visit-overdue", "yellow")], cards.Select(a => (a.Str("kind"), a.Str("level"))).Order());
    }
}
