using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Contracts.Events.Intake;
using Linkage.Contracts.Events.Ratings;
using static Linkage.Supervision.Tests.ApprovalEvents;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>The 千分制 assessment of June 2025 in one county, scored by hand below; re-run, published, printed, charted.</summary>
public sealed class AssessmentTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private const string TownA = "350926110000", TownB = "350926111000", Month = "2025-06";
    private const string UnitA = "ou-" + TownA, UnitB = "ou-" + TownB, CountyUnit = "ou-" + County;

    private static readonly object Rules = new
    {
        weights = new { onTime = 400, early = 100, satisfaction = 200, rectification = 100, orderResponse = 100, onlineDepth = 100 },
        deductions = new { redCard = 10, yellowCard = 2, overdue = 20 },
        grades = new { excellent = 900, good = 800, pass = 600 },
    };

    [Fact]
    public async Task A_seeded_month_scores_and_ranks_as_computed_by_hand_and_a_rerun_is_identical()
    {
        var supervisor = fixture.Host.CreateClient("supervisor-county");
        (await supervisor.PutAsJsonAsync($"/api/supervision/assessment-rules/{County}", Rules)).EnsureSuccessStatusCode();
        await SeedJuneAsync();

        var run = await RunAsync(supervisor);
        var all = run.GetProperty("subjects").EnumerateArray().ToList();
        var subjects = all.Where(s => s.GetProperty("kind").GetString() is "unit" or "region").ToDictionary(s => s.GetProperty("key").GetString()!);
        var windows = all.Where(s => s.GetProperty("kind").GetString() == "window").ToDictionary(s => s.GetProperty("key").GetString()!);
        var departments = all.Where(s => s.GetProperty("kind").GetString() == "department").ToDictionary(s => s.GetProperty("key").GetString()!);

        // Town A: 4 completed in June (3 on time, 2 early, 1 online, 1 late), ratings 5 and 2, one rectification closed and one
        // overdue (an upheld appeal does not count), no orders: 400·3/4 + 100·2/4 + 200·1/2 + 100·1/2 + 100 + 100·1/4 − 20 = 605.
        AssertScore(subjects[UnitA], TownA, 605, "合格", 1);
        AssertScore(subjects[TownA], County, 605, "合格", 2);
        // Town B: 2 completed early online, nothing else to judge: every indicator in full.
        AssertScore(subjects[UnitB], TownB, 1000, "优秀", 1);
        AssertScore(subjects[TownB], County, 1000, "优秀", 1);
        // The county's own centre: 1 completed early at the window; of two orders due in June one was answered in time:
        // 400 + 100 + 200 + 100 + 100·1/2 + 0 = 850.
        AssertScore(subjects[CountyUnit], County, 850, "良好", 1);
        Assert.Equal(5, subjects.Count);
        // Windows (the unit that received the case) on their cases' facts, without the unit's rectifications and orders:
        // town A's window 400·3/4 + 100·2/4 + 200·1/2 + 100 + 100 + 100·1/4 − 20 = 655; the county's 400 + 100 + 200 + 100 + 100 + 0 = 900.
        AssertScore(windows[UnitA], TownA, 655, "合格", 1);
        AssertScore(windows[UnitB], TownB, 1000, "优秀", 1);
        AssertScore(windows[CountyUnit], County, 900, "优秀", 1);
        // Departments on their own tasks in town A: 市场监管 decided two by the deadline, one early: 400 + 100·1/2 + 200 + 100 + 100
        // + 100 (the channel is not theirs) = 950; 卫健 one late: 0 + 0 + 200 + 100 + 100 + 100 − 20 = 480, ranked second under town A.
        AssertScore(departments["dep-scjg"], TownA, 950, "优秀", 1);
        AssertScore(departments["dep-wsjk"], TownA, 480, "不合格", 2);
        Assert.Equal(5, windows.Count + departments.Count);
        var pointsA = subjects[UnitA].GetProperty("points");
        Assert.Equal((300m, 50m, 100m, 50m, 100m, 25m), (pointsA.GetProperty("onTime").GetDecimal(), pointsA.GetProperty("early").GetDecimal(),
            pointsA.GetProperty("satisfaction").GetDecimal(), pointsA.GetProperty("rectification").GetDecimal(),
            pointsA.GetProperty("orderResponse").GetDecimal(), pointsA.GetProperty("onlineDepth").GetDecimal()));
        Assert.Equal(20m, subjects[UnitA].GetProperty("deducted").GetDecimal());

        // Rules changed after the first run do not change the month: a re-run gives the same output, byte for byte.
        var changed = JsonSerializer.Serialize(Rules).Replace("\"onTime\":400", "\"onTime\":300").Replace("\"onlineDepth\":100", "\"onlineDepth\":200");
        (await supervisor.PutAsync($"/api/supervision/assessment-rules/{County}", new StringContent(changed, System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        Assert.Equal(run.GetRawText(), (await RunAsync(supervisor)).GetRawText());

        await (await fixture.Host.CreateClient().GetAsync($"/api/supervision/rankings?parent={County}&month={Month}")).ProblemAsync(HttpStatusCode.NotFound);
        (await supervisor.PostAsync($"/api/supervision/assessments/{County}/{Month}/publish", null)).EnsureSuccessStatusCode();
        await (await supervisor.PostAsync($"/api/supervision/assessments/{County}/{Month}/publish", null)).ProblemAsync(HttpStatusCode.Conflict);

        var ranking = await fixture.Host.CreateClient().OkBodyAsync($"/api/supervision/rankings?parent={County}&month={Month}");
        Assert.Equal(["region TownB", "region TownA", "unit CountyUnit", "window CountyUnit"], ranking.GetProperty("children").EnumerateArray()
            .OrderBy(c => c.GetProperty("kind").GetString() == "region" ? 0 : 1).ThenBy(c => c.GetProperty("kind").GetString())
            .Select(c => $"{c.GetProperty("kind").GetString()} {c.GetProperty("key").GetString()}".Replace(TownA, "TownA").Replace(TownB, "TownB")
                .Replace(CountyUnit, "CountyUnit")));
        Assert.All(ranking.GetProperty("children").EnumerateArray(), c => Assert.False(c.TryGetProperty("figures", out _)));
        var townRanking = await fixture.Host.CreateClient().OkBodyAsync($"/api/supervision/rankings?parent={TownA}&month={Month}");
        Assert.Equal(County, townRanking.GetProperty("assessedBy").GetString());
        Assert.Equal(["department dep-scjg 1", "department dep-wsjk 2", $"unit {UnitA} 1", $"window {UnitA} 1"], townRanking.GetProperty("children")
            .EnumerateArray().Select(c => $"{c.GetProperty("kind").GetString()} {c.GetProperty("key").GetString()} {c.GetProperty("rank").GetInt32()}").Order());

        var pdf = await supervisor.GetAsync($"/api/supervision/assessments/{County}/{Month}?format=pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var notice = await pdf.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(notice[..4]));
        var text = await PdfInspection.TextAsync(notice); // the 通报 as a reader extracts it: Chinese, ranked, published
        foreach (var expected in new[] { "2025年6月政务服务千分制考核通报", TownB, TownA, "优秀", "合格", "发布日期" })
            Assert.Contains(expected, text);
        Assert.True(text.IndexOf(TownB, StringComparison.Ordinal) < text.IndexOf(TownA, StringComparison.Ordinal), "TownB ranks first");
        Assert.Contains("CID TrueType", await PdfInspection.FontsAsync(notice));

        var svg = await (await fixture.Host.CreateClient().GetAsync($"/api/supervision/rankings?parent={County}&month={Month}&format=svg")).Content.ReadAsStringAsync();
        Assert.StartsWith("<svg", svg);
        Assert.Contains($"1. {TownB}", svg);
        Assert.Contains($"2. {TownA}", svg);
    }

    [Theory]
    [InlineData("onTime", 500, "weights")]
    [InlineData("onTime", -1, "weights.onTime")]
    public async Task Weights_that_do_not_add_up_are_422_naming_the_field_and_nothing_is_written(string weight, int points, string field)
    {
        var body = JsonSerializer.Serialize(Rules).Replace("\"onTime\":400", $"\"{weight}\":{points}");
        var response = await fixture.Host.CreateClient("supervisor-county")
            .PutAsync($"/api/supervision/assessment-rules/{TownB}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Contains(field, (await response.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM supervision.assessment_rules WHERE \"Division\" = '{TownB}'"));
    }

    [Fact]
    public async Task Grades_out_of_order_are_422()
    {
        var body = JsonSerializer.Serialize(Rules).Replace("\"good\":800", "\"good\":950");
        var response = await fixture.Host.CreateClient("supervisor-county")
            .PutAsync($"/api/supervision/assessment-rules/{TownB}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Contains("grades", (await response.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
    }

    [Theory]
    [InlineData("month=2025-13", "month")]
    [InlineData("month=2999-01", "month")]
    [InlineData("month=2025-06&division=35092", "division")]
    public async Task A_bad_or_open_month_is_422(string query, string field)
    {
        var response = await fixture.Host.CreateClient("supervisor-county").PostAsync($"/api/supervision/assessments?{query}", null);
        Assert.Contains(field, (await response.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
    }

    [Fact]
    public async Task Outside_the_subtree_or_without_the_role_it_is_404_and_unpublished_rankings_are_not_public()
    {
        await (await fixture.Host.CreateClient("supervisor-county").PostAsync($"/api/supervision/assessments?division={OtherCounty}&month=2025-05", null))
            .ProblemAsync(HttpStatusCode.NotFound);
        await (await fixture.Host.CreateClient("town-clerk").PostAsync($"/api/supervision/assessments?division={County}&month=2025-05", null))
            .ProblemAsync(HttpStatusCode.NotFound);
        await (await fixture.Host.CreateClient("town-clerk").GetAsync($"/api/supervision/assessments/{County}/2025-06")).ProblemAsync(HttpStatusCode.NotFound);
        await (await fixture.Host.CreateClient().GetAsync($"/api/supervision/rankings?parent={County}&month=2025-05")).ProblemAsync(HttpStatusCode.NotFound);
        var problem = await (await fixture.Host.CreateClient().GetAsync("/api/supervision/rankings?parent=1&month=2025-05")).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("parent", problem.ErrorFields());
    }

    private async Task<JsonElement> RunAsync(HttpClient supervisor)
    {
        var response = await supervisor.PostAsync($"/api/supervision/assessments?division={County}&month={Month}", null);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static void AssertScore(JsonElement subject, string parent, decimal score, string grade, int rank)
    {
        Assert.Equal(parent, subject.GetProperty("parent").GetString());
        Assert.Equal(score, subject.GetProperty("score").GetDecimal());
        Assert.Equal(grade, subject.GetProperty("grade").GetString());
        Assert.Equal(rank, subject.GetProperty("rank").GetInt32());
    }

    private async Task SeedJuneAsync()
    {
        var a1 = Accepted(new(2025, 6, 3), new(2025, 6, 10), 5, TownA, TownA);
        var a2 = Accepted(new(2025, 6, 4), new(2025, 6, 11), 5, TownA, TownA);
        var a3 = Accepted(new(2025, 6, 5), new(2025, 6, 12), 5, TownA, TownA);
        var a4 = Accepted(new(2025, 6, 6), new(2025, 6, 13), 5, TownA, TownA);
        var a5 = Accepted(new(2025, 6, 20), new(2025, 6, 27), 5, TownA, TownA); // completed in July: not June's
        var b1 = Accepted(new(2025, 6, 3), new(2025, 6, 10), 5, TownB, TownB);
        var b2 = Accepted(new(2025, 6, 4), new(2025, 6, 11), 5, TownB, TownB);
        var c1 = Accepted(new(2025, 6, 10), new(2025, 6, 17), 5, County, County);
        await fixture.DeliverAsync(a1, Completed(a1, new(2025, 6, 5)) with { Channel = "online" }, a2, Completed(a2, new(2025, 6, 9)),
            a3, Completed(a3, new(2025, 6, 12)), a4, Completed(a4, new(2025, 6, 17)), a5, Completed(a5, new(2025, 7, 1)) with { Channel = "online" },
            b1, Completed(b1, new(2025, 6, 4)) with { Channel = "online" }, b2, Completed(b2, new(2025, 6, 6)) with { Channel = "online" },
            c1, Completed(c1, new(2025, 6, 16)) with { Channel = "window" });

        await fixture.PublishAsync(new CaseRated(Guid.NewGuid(), a1.CaseId, 5, "window", UnitA, TownA, At(new(2025, 6, 6), 10)));
        await fixture.PublishAsync(new CaseRated(Guid.NewGuid(), a2.CaseId, 2, "window", UnitA, TownA, At(new(2025, 6, 10), 10)));
        await fixture.PublishAsync(new RectificationOverdue(Guid.NewGuid(), a2.MatterCode, UnitA, TownA, new(2025, 6, 19), At(new(2025, 6, 20), 1)));
        await fixture.PublishAsync(new RectificationClosed(Guid.NewGuid(), Guid.NewGuid(), UnitA, TownA, "fix-at-once", false, 5, At(new(2025, 6, 25), 15)));
        await fixture.PublishAsync(new RectificationClosed(Guid.NewGuid(), Guid.NewGuid(), UnitA, TownA, "appeal", true, null, At(new(2025, 6, 26), 15)));
        var r1 = Opened(a1, ("dep-scjg", new(2025, 6, 6)), ("dep-wsjk", new(2025, 6, 6)));
        var r2 = Opened(a2, ("dep-scjg", new(2025, 6, 9)));
        await fixture.DeliverAsync(r1, r2);
        await fixture.DeliverAsync(Decided(r1, "dep-scjg", new(2025, 6, 5)), Decided(r1, "dep-wsjk", new(2025, 6, 9)), Decided(r2, "dep-scjg", new(2025, 6, 9)));
        await OrderAsync(c1, replyBy: new(2025, 6, 20), repliedOn: new(2025, 6, 19));
        await OrderAsync(c1, replyBy: new(2025, 6, 20), repliedOn: new(2025, 6, 23));
        await fixture.Host.Eventually(async () => await fixture.CountAsync("""
            SELECT coalesce(sum("Ratings" + "RectificationsClosed" + "RectificationsOverdue"), 0)::bigint FROM supervision.daily_counts
            """) == 4);
    }

    /// <summary>An order of the past, as the order endpoint would have stored it then (the endpoint only takes future dates).</summary>
    private async Task OrderAsync(CaseAccepted c, DateOnly replyBy, DateOnly repliedOn)
    {
        var (issued, replied) = (At(replyBy.AddDays(-7), 9), At(repliedOn, 11));
        await fixture.CountAsync($"""
            WITH o AS (INSERT INTO supervision.orders ("Id", "CaseId", "CaseNumber", "IssuedBy", "IssuedByDivision", "TargetDivision",
                "Instruction", "ReplyBy", "IssuedAt", "Reply", "RepliedBy", "RepliedAt", "Escalations")
            VALUES ('{Guid.NewGuid()}', '{c.CaseId}', '{c.CaseNumber}', 'supervisor-county', '{County}', '{County}', '督办',
                '{replyBy:yyyy-MM-dd}', '{issued:O}', '已办理', 'clerk', '{replied:O}', 0) RETURNING 1)
            SELECT count(*) FROM o
            """);
    }
}
