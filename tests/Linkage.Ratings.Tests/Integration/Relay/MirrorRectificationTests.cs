using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Contracts.Events.Intake;
using Linkage.Contracts.Federation;
using Linkage.Messaging;
using Linkage.Ratings.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Ratings.Tests;

/// <summary>At the town's deployment, where the resident rated a case the county handled (decisions 0628, 0519): the
/// county's rectification steps, applied once and in order, keep a mirror row the rater reads in 我的评价 — and nobody's
/// ledger here shows it; the 追评 on it goes up (once), and the closing that comes back closes it.</summary>
public sealed class MirrorRectificationTests : IAsyncLifetime
{
    private const string ResidentId = "350926198503120020", Station = "350926100201", County = "350926000000";
    private LinkageTestHost host = null!;

    public async Task InitializeAsync() => host = await LinkageTestHost.StartAsync("ratings", configure: s =>
        s["Linkage:Serves"] = "350926100000");

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_rater_follows_each_step_here_follows_up_once_and_sees_it_closed()
    {
        var (caseId, ratingId) = await RatedHereAsync();
        var rectificationId = Guid.CreateVersion7();
        var opened = Change(caseId, ratingId, rectificationId, "assigned", "open", 1);
        var visited = opened with { Step = "visit", Status = "visited", VisitedAt = DateTimeOffset.UtcNow, Sequence = 2 };
        var fedBack = visited with
        {
            Step = "classify", Status = "fed-back", Resolution = "fix-at-once", Result = "已改为一次告知", FedBackAt = DateTimeOffset.UtcNow,
            Sequence = 3,
        };

        var second = Envelope(ratingId, 2);
        await Assert.ThrowsAsync<FederationEarlyException>(() => HandleAsync(second, visited));    // before the first: parked
        await HandleAsync(Envelope(ratingId, 1), opened);
        Assert.Equal("open", (await MineAsync(rectificationId)).Str("status"));
        await HandleAsync(second, visited);
        await HandleAsync(second, visited);                                                        // redelivered: applied once
        await Assert.ThrowsAsync<FederationRefusedException>(() => HandleAsync(Envelope(ratingId, 2), visited)); // replayed
        await HandleAsync(Envelope(ratingId, 3), fedBack);

        var mine = await MineAsync(rectificationId);
        Assert.Equal(("fed-back", "fix-at-once", "已改为一次告知", true, 1), (mine.Str("status"), mine.Str("resolution"), mine.Str("result"),
            mine.GetProperty("followUpOpen").GetBoolean(), mine.GetProperty("grade").GetInt32()));
        foreach (var staff in new[] { "clerk", "town-clerk", "supervisor-town", "supervisor-county" })    // the county's to handle
        {
            var ledger = (await host.CreateClient(staff).GetFromJsonAsync<JsonElement>("/api/ratings/rectifications?limit=500")).Items();
            Assert.DoesNotContain(ledger.EnumerateArray(), r => r.GetProperty("id").GetGuid() == rectificationId);
        }
        var classify = await host.CreateClient("clerk").PostAsJsonAsync($"/api/ratings/rectifications/{rectificationId}/classify",
            new { resolution = "explanation", text = "x" });
        Assert.Equal(HttpStatusCode.NotFound, classify.StatusCode);

        using var resident = host.CreateClient("resident");
        var followUp = await resident.PostAsJsonAsync($"/api/ratings/rectifications/{rectificationId}/follow-up",
            new { grade = 4, comment = "已改进" });
        Assert.Equal(HttpStatusCode.OK, followUp.StatusCode);
        var again = await resident.PostAsJsonAsync($"/api/ratings/rectifications/{rectificationId}/follow-up", new { grade = 5 });
        Assert.Equal("status", (await again.ProblemAsync(HttpStatusCode.Conflict)).Str("field"));
        var sent = await host.OutboxAsync(ratingId);
        Assert.Equal([RatingRelayed.Type, FollowUpRelayed.Type], sent.Select(e => e.Type));
        var up = sent[1].Data;
        Assert.Equal((County, 2L, 4, rectificationId.ToString(), Station), (sent[1].Target, up.GetProperty("sequence").GetInt64(),
            up.GetProperty("grade").GetInt32(), up.Str("rectificationId"), up.Str("submittedAtDivision")));
        mine = await MineAsync(rectificationId);                                                   // kept, the row still the unit's
        Assert.Equal(("fed-back", false, 4), (mine.Str("status"), mine.GetProperty("followUpOpen").GetBoolean(),
            mine.GetProperty("followUpGrade").GetInt32()));

        var closedAt = DateTimeOffset.UtcNow;
        await HandleAsync(Envelope(ratingId, 4), fedBack with
        {
            Step = "follow-up", Status = "closed", FollowUpGrade = 4, FollowUpComment = "已改进", ClosedAt = closedAt, Sequence = 4,
        });
        mine = await MineAsync(rectificationId);
        Assert.Equal(("closed", 4, "已改进", false), (mine.Str("status"), mine.GetProperty("followUpGrade").GetInt32(), mine.Str("followUpComment"),
            mine.GetProperty("followUpOpen").GetBoolean()));
        Assert.Equal(4, await CountAsync($"""
            SELECT count(*) FROM ratings.rectification_steps WHERE "RectificationId" = '{rectificationId}' AND "By" = 'county-350926'
            """));
        Assert.Equal(0, await CountAsync("""
            SELECT count(*) FROM ratings.outbox_messages WHERE kind = 'integration' AND message_type LIKE '%Rectification%'
            """));                                                                                 // the mirror announces nothing
    }

    [Fact]
    public async Task A_change_for_a_rating_not_given_here_or_of_another_unit_or_status_is_refused_and_changes_nothing()
    {
        var (caseId, ratingId) = await RatedHereAsync();
        var opened = Change(caseId, ratingId, Guid.CreateVersion7(), "assigned", "open", 1);

        await Assert.ThrowsAsync<FederationRefusedException>(() => HandleAsync(Envelope(ratingId, 1), opened with { RatingId = Guid.NewGuid() }));
        await Assert.ThrowsAsync<FederationRefusedException>(() => HandleAsync(Envelope(ratingId, 1), opened with { HandlingDivision = "350981000000" }));
        await Assert.ThrowsAsync<FederationRefusedException>(() => HandleAsync(Envelope(ratingId, 1), opened with { SubmittedAtDivision = "350926100202" }));
        await Assert.ThrowsAsync<FederationRefusedException>(() => HandleAsync(Envelope(ratingId, 1), opened with { Status = "reopened" }));

        Assert.Equal(0, await CountAsync($"""SELECT count(*) FROM ratings.rectifications WHERE "RatingId" = '{ratingId}'"""));
    }

    /// <summary>The county's case taken at the village station, completed there and told here (ForwardedCaseCompleted);
    /// the resident's 差评 through the invitation the town issued, relayed up.</summary>
    private async Task<(Guid CaseId, Guid RatingId)> RatedHereAsync()
    {
        var caseId = Guid.NewGuid();
        await host.Services.GetRequiredService<IBus>().Publish(new ForwardedCaseCompleted(caseId, $"350926000000-20261201-{Random.Shared.Next(1, 999_999):D6}",
            "000121010000", "ou-350926-centre", County, "ou-350926100201-station", Station, host.DigestOf(ResidentId), DateTimeOffset.UtcNow, "station"));
        using var resident = host.CreateClient("resident");
        var token = await host.Eventually(async () =>
            (await resident.GetFromJsonAsync<JsonElement>("/api/ratings/invitations")).Items().EnumerateArray()
                .Where(i => i.GetProperty("caseId").GetGuid() == caseId).Select(i => i.GetProperty("token").GetString()).FirstOrDefault());
        var rated = await resident.PostAsJsonAsync("/api/ratings", new { token, grade = 1, comment = "跑了两趟" });
        Assert.Equal(HttpStatusCode.Created, rated.StatusCode);
        return (caseId, (await rated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    private static RectificationChanged Change(Guid caseId, Guid ratingId, Guid rectificationId, string step, string status, long sequence) =>
        new(ratingId, rectificationId, caseId, County, Station, step, status, null, null, DateTimeOffset.UtcNow, null, null, false, null, null, null,
            DateTimeOffset.UtcNow, sequence);

    private static FederationEvent Envelope(Guid ratingId, long sequence) => Federated.Envelope(Federated.County, ratingId, sequence, Station);

    private Task HandleAsync(FederationEvent envelope, RectificationChanged change) =>
        host.HandleAsync<RectificationChanged, RectificationChangedHandler>(envelope, RectificationChanged.Type, change);

    private async Task<JsonElement> MineAsync(Guid id) =>
        await (await host.CreateClient("resident").GetAsync($"/api/ratings/my/rectifications/{id}")).OkAsync();

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
