using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Federation.Tests.Infrastructure;
using Linkage.Testing;
using Npgsql;
using static Linkage.Federation.Tests.Api;

namespace Linkage.Federation.Tests;

/// <summary>A relayed 差评's rectification across deployments (decision 0519): each step the county's unit takes comes
/// down to the town, where the resident reads it in 我的评价; her 追评 there goes up, the county closes its row, and the
/// closing comes back down. Events sent twice are applied once.</summary>
[Collection(TiersCollection.Name)]
public sealed class RectificationDownTests(Tiers tiers)
{
    private static readonly TimeSpan Crossing = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task The_towns_rater_follows_the_countys_rectification_step_by_step_and_her_follow_up_closes_it()
    {
        var (town, county) = (tiers.Town.Host, tiers.County.Host);
        using var resident = town.CreateClient("resident");
        var (_, token) = await InvitedAtTownAsync(town, county, resident, Crossing);
        var rating = await (await resident.PostAsJsonAsync("/api/ratings", new { token, grade = 1, comment = "跑了两趟" })).JsonAsync(HttpStatusCode.Created);
        var ratingId = rating.GetProperty("id").GetGuid();

        var id = (await county.Eventually(
            () => IdAsync(county, """SELECT "Id" FROM ratings.rectifications WHERE "RatingId" = @id""", ratingId), Crossing))!.Value;
        Assert.Equal("open", (await MineAsync(town, resident, id)).GetProperty("status").GetString());  // the county's row, read at the town

        using var clerk = county.CreateClient("clerk");
        await (await clerk.PostAsJsonAsync($"/api/ratings/rectifications/{id}/visit", new { note = "经联系转接回访" })).JsonAsync(HttpStatusCode.OK);
        await MineAsync(town, resident, id, "visited");
        Assert.Equal(2, await ResendAsync(county, ratingId));                 // assigned and visit go down a second time
        await county.Eventually(async () => await CountAsync(county,                                      // both sent again, same ids
            "SELECT count(*) FROM ratings.outbox_messages WHERE kind = 'federation' AND subject = @id AND dispatched_at IS NULL", ratingId.ToString()) == 0);

        await (await clerk.PostAsJsonAsync($"/api/ratings/rectifications/{id}/classify", new { resolution = "fix-at-once", text = "已改为一次告知" }))
            .JsonAsync(HttpStatusCode.OK);
        var fedBack = await MineAsync(town, resident, id, "fed-back");
        Assert.Equal(("已改为一次告知", true), (fedBack.GetProperty("result").GetString(), fedBack.GetProperty("followUpOpen").GetBoolean()));
        Assert.DoesNotContain("经联系转接回访", fedBack.GetRawText());

        await (await resident.PostAsJsonAsync($"/api/ratings/rectifications/{id}/follow-up", new { grade = 4, comment = "已改进" })).JsonAsync(HttpStatusCode.OK);
        await county.Eventually(async () => await CountAsync(county,
            """SELECT count(*) FROM ratings.rectifications WHERE "Id" = @id AND "Status" = 'Closed' AND "FollowUpGrade" = 4""", id) == 1, Crossing);
        var closed = await MineAsync(town, resident, id, "closed");
        Assert.Equal((4, false), (closed.GetProperty("followUpGrade").GetInt32(), closed.GetProperty("followUpOpen").GetBoolean()));

        Assert.Equal(4, await CountAsync(county, "SELECT count(*) FROM ratings.outbox_messages WHERE kind = 'federation' AND subject = @id", ratingId.ToString()));
        Assert.Equal(4, await CountAsync(town,                                  // assigned, visit, classify, follow-up: each applied once
            """SELECT count(*) FROM ratings.rectification_steps WHERE "RectificationId" = @id AND "By" = 'county-350926'""", id));
        Assert.Equal(1, await CountAsync(county,
            """SELECT count(*) FROM ratings.rectification_steps WHERE "RectificationId" = @id AND "Step" = 'follow-up'""", id));
        foreach (var tier in new[] { tiers.City, tiers.County, tiers.Town })
            Assert.Equal(0, await tier.Node.QueuedAsync($"{tier.Id.AppId}-quarantine"));
    }

    /// <summary>The resident's own rectification at the town, once it shows <paramref name="status"/> (any, if null).</summary>
    private static async Task<JsonElement> MineAsync(LinkageTestHost town, HttpClient resident, Guid id, string? status = null) =>
        JsonDocument.Parse(await town.Eventually(async () =>
        {
            using var response = await resident.GetAsync($"/api/ratings/my/rectifications/{id}");
            if (response.StatusCode == HttpStatusCode.NotFound) return null;
            var view = await response.JsonAsync(HttpStatusCode.OK);
            return status is null || view.GetProperty("status").GetString() == status ? view.GetRawText() : null;
        }, Crossing)).RootElement;

    /// <summary>The outbox publishes the rating's events already sent once more, under their own ids: a duplicate delivery.</summary>
    private static async Task<int> ResendAsync(LinkageTestHost county, Guid ratingId)
    {
        await using var connection = new NpgsqlConnection(county.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            UPDATE ratings.outbox_messages SET dispatched_at = NULL
            WHERE kind = 'federation' AND subject = @id AND dispatched_at IS NOT NULL
            """, connection);
        command.Parameters.AddWithValue("id", ratingId.ToString());
        return await command.ExecuteNonQueryAsync();
    }

    private static async Task<Guid?> IdAsync(LinkageTestHost host, string sql, Guid arg)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", arg);
        return await command.ExecuteScalarAsync() as Guid?;
    }
}
