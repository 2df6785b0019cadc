using System.Text.Json;
using Linkage.Contracts.Events.Ratings;
using Linkage.Contracts.Federation;
using Linkage.Messaging;
using Linkage.Ratings.Messaging;

namespace Linkage.Ratings.Tests;

/// <summary>At the unit that handled a forwarded case (decision 0519): every step of the rectification of a rating the
/// town relayed goes back down to the station, numbered, with the rater's view and never a note or who acted; the 追评
/// that comes up from the town is applied once, after the rating, as the unit's follow-up step, and the closing goes down.</summary>
public sealed class RelayedRectificationTests(RatingsHostFixture fixture) : IClassFixture<RatingsHostFixture>
{
    private const string Station = "350926100201";

    [Fact]
    public async Task Each_step_goes_down_in_order_and_the_towns_follow_up_closes_the_row_once()
    {
        var (ratingId, rectificationId) = await RelayedBadRatingAsync();
        await (await fixture.StepAsync("clerk", rectificationId, "visit", new { note = "经联系转接回访，申请人反映跑了两趟" })).OkAsync();
        await (await fixture.StepAsync("clerk", rectificationId, "classify", new { resolution = "fix-at-once", text = "已改为一次告知" })).OkAsync();

        var down = await fixture.Host.OutboxAsync(ratingId);
        Assert.All(down, e => Assert.Equal((RectificationChanged.Type, Station), (e.Type, e.Target)));
        Assert.Equal([("assigned", "open", 1L), ("visit", "visited", 2L), ("classify", "fed-back", 3L)], down.Select(Summary));
        Assert.Equal("已改为一次告知", down[2].Data.GetProperty("result").GetString());
        Assert.All(down, e => Assert.DoesNotContain("经联系转接回访", e.Data.GetRawText()));       // the unit's notes stay the unit's
        Assert.All(down, e => Assert.False(e.Data.TryGetProperty("by", out _)));

        var followUp = new FollowUpRelayed(ratingId, rectificationId, Station, "350926000000", 4, "已改进", DateTimeOffset.UtcNow);
        var envelope = Federated.Envelope(Federated.Town, ratingId, 2, "350926000000");
        await fixture.Host.HandleAsync<FollowUpRelayed, FollowUpRelayedHandler>(envelope, FollowUpRelayed.Type, followUp);
        await fixture.Host.HandleAsync<FollowUpRelayed, FollowUpRelayedHandler>(envelope, FollowUpRelayed.Type, followUp);  // redelivered
        await Assert.ThrowsAsync<FederationRefusedException>(() => fixture.Host.HandleAsync<FollowUpRelayed, FollowUpRelayedHandler>(
            Federated.Envelope(Federated.Town, ratingId, 2, "350926000000"), FollowUpRelayed.Type, followUp));        // replayed

        down = await fixture.Host.OutboxAsync(ratingId);
        Assert.Equal(("follow-up", "closed", 4L), Summary(down[^1]));
        Assert.Equal((4, "已改进"), (down[^1].Data.GetProperty("followUpGrade").GetInt32(), down[^1].Data.GetProperty("followUpComment").GetString()));
        Assert.Equal(1, await fixture.CountAsync(
            $"""SELECT count(*) FROM ratings.rectifications WHERE "Id" = '{rectificationId}' AND "Status" = 'Closed' AND "FollowUpGrade" = 4"""));
        Assert.Equal(1, await fixture.CountAsync(
            $"""SELECT count(*) FROM ratings.rectification_steps WHERE "RectificationId" = '{rectificationId}' AND "Step" = 'follow-up'"""));
        await fixture.Host.Eventually(() =>
            Task.FromResult(fixture.Published.OfType<RectificationClosed>().FirstOrDefault(c => c.RectificationId == rectificationId)));
    }

    [Fact]
    public async Task A_follow_up_before_its_rating_waits_and_one_on_a_row_not_fed_back_or_from_another_station_is_refused()
    {
        var early = Guid.CreateVersion7();
        await Assert.ThrowsAsync<FederationEarlyException>(() => fixture.Host.HandleAsync<FollowUpRelayed, FollowUpRelayedHandler>(
            Federated.Envelope(Federated.Town, early, 2, "350926000000"), FollowUpRelayed.Type,
            new FollowUpRelayed(early, Guid.NewGuid(), Station, "350926000000", 4, null, DateTimeOffset.UtcNow)));

        var (ratingId, rectificationId) = await RelayedBadRatingAsync();
        var open = new FollowUpRelayed(ratingId, rectificationId, Station, "350926000000", 5, null, DateTimeOffset.UtcNow);
        await Assert.ThrowsAsync<FederationRefusedException>(() => fixture.Host.HandleAsync<FollowUpRelayed, FollowUpRelayedHandler>(
            Federated.Envelope(Federated.Town, ratingId, 2, "350926000000"), FollowUpRelayed.Type, open));
        await Assert.ThrowsAsync<FederationRefusedException>(() => fixture.Host.HandleAsync<FollowUpRelayed, FollowUpRelayedHandler>(
            Federated.Envelope(Federated.Town, ratingId, 2, "350926000000"), FollowUpRelayed.Type, open with { SubmittedAtDivision = "350926100202" }));
        Assert.Equal(1, await fixture.CountAsync(
            $"""SELECT count(*) FROM ratings.rectifications WHERE "Id" = '{rectificationId}' AND "Status" = 'Open' AND "FollowUpGrade" IS NULL"""));
        Assert.Single(await fixture.Host.OutboxAsync(ratingId));
    }

    [Fact]
    public async Task A_rating_given_here_sends_nothing_down()
    {
        var @case = await fixture.CaseAsync(handlingOrgUnit: "ou-350926-centre");
        var rating = await (await fixture.RateAsync(new { caseId = @case.CaseId, grade = 2, comment = "排队两个小时" })).CreatedAsync();
        var id = rating.GetProperty("rectification").GetProperty("id").GetGuid();
        await (await fixture.StepAsync("clerk", id, "visit", new { note = "已回访" })).OkAsync();

        Assert.Empty(await fixture.Host.OutboxAsync(rating.GetProperty("id").GetGuid()));
    }

    /// <summary>A 差评 of a county case taken at the village station, given at the town and relayed here (0628).</summary>
    private async Task<(Guid RatingId, Guid RectificationId)> RelayedBadRatingAsync()
    {
        var @case = await fixture.CaseAsync(handlingOrgUnit: "ou-350926-centre");
        var ratingId = Guid.CreateVersion7();
        var relayed = new RatingRelayed(ratingId, @case.CaseId, Station, "350926000000", "station", 1, "national", 1,
            new Dictionary<string, int>(), "跑了两趟", DateTimeOffset.UtcNow);
        await fixture.Host.HandleAsync<RatingRelayed, RatingRelayedHandler>(
            Federated.Envelope(Federated.Town, ratingId, 1, "350926000000"), RatingRelayed.Type, relayed);
        Assert.Equal(1, await fixture.CountAsync(
            $"""SELECT count(*) FROM ratings.rectifications WHERE "RatingId" = '{ratingId}' AND "RelayedFrom" = '{Station}'"""));
        return (ratingId, await RectificationOfAsync(ratingId));
    }

    private async Task<Guid> RectificationOfAsync(Guid ratingId)
    {
        await using var connection = new Npgsql.NpgsqlConnection(fixture.Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"""SELECT "Id" FROM ratings.rectifications WHERE "RatingId" = '{ratingId}'""", connection);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    private static (string Step, string Status, long Sequence) Summary((string Type, string Target, JsonElement Data) e) =>
        (e.Data.GetProperty("step").GetString()!, e.Data.GetProperty("status").GetString()!, e.Data.GetProperty("sequence").GetInt64());
}
