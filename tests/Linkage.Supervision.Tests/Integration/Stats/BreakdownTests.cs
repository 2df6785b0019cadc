using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Linkage.Contracts.Events.Ratings;
using Npgsql;
using static Linkage.Supervision.Tests.ApprovalEvents;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>The pre-aggregated breakdown against a brute-force recount of the same cases, by every dimension, every
/// figure: the case facts, the clock-stopped working days, the swept cards and the ratings.</summary>
public sealed class BreakdownTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private const string TownA = "350926110000", TownB = "350926111000";
    private const string Period = "from=2025-08-01&to=2025-10-31";
    private static readonly string[] Matters = ["000121010000", "000201003000"];

    /// <summary>The ratings the seeds gave, each case's once: what the recount counts them from.</summary>
    private static readonly ConcurrentBag<(Guid CaseId, int Grade, DateOnly On)> Rated = [];

    [Theory]
    [InlineData("day")]
    [InlineData("week")]
    [InlineData("month")]
    [InlineData("matter")]
    [InlineData("org-unit")]
    [InlineData("child-region")]
    [InlineData("window")]
    [InlineData("department")]
    [InlineData("child-region", "2025-08-27", "2025-10-13")] // whole September from the monthly totals, the ends from the days
    [InlineData("month", "2025-08-27", "2025-10-13")]
    [InlineData("month", "2025-09-02", "2025-09-29")]         // no whole month: the days alone
    public async Task Each_dimension_matches_a_brute_force_recount(string by, string from = "2025-08-01", string to = "2025-10-31")
    {
        await SeedAsync();

        var body = await fixture.Host.CreateClient("supervisor-county")
            .OkBodyAsync($"/api/supervision/stats/breakdown?division={County}&from={from}&to={to}&by={by}");

        var actual = body.EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!, Figures);
        var expected = await RecountAsync(by, Day(from), Day(to));
        Assert.Equal(expected.OrderBy(e => e.Key), actual.OrderBy(a => a.Key));
    }

    [Fact]
    public async Task Csv_has_a_header_and_one_line_per_group()
    {
        await SeedAsync();
        var client = fixture.Host.CreateClient("supervisor-county");
        var json = await client.OkBodyAsync($"/api/supervision/stats/breakdown?division={County}&{Period}&by=matter");

        var response = await client.GetAsync($"/api/supervision/stats/breakdown?division={County}&{Period}&by=matter&format=csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("key,received,completed,onTime", lines[0]);
        Assert.Equal(json.GetArrayLength() + 1, lines.Length);
        Assert.Contains(lines, l => l.StartsWith(Matters[1] + ","));
    }

    [Fact]
    public async Task Xlsx_is_a_workbook_with_a_header_row_and_one_row_per_group()
    {
        await SeedAsync();
        var client = fixture.Host.CreateClient("supervisor-county");
        var json = await client.OkBodyAsync($"/api/supervision/stats/breakdown?division={County}&{Period}&by=child-region");

        var response = await client.GetAsync($"/api/supervision/stats/breakdown?division={County}&{Period}&by=child-region&format=xlsx");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.NotNull(zip.GetEntry("[Content_Types].xml"));
        var sheet = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        XNamespace ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var rows = sheet.Descendants(ns + "row").ToList();
        Assert.Equal(json.GetArrayLength() + 1, rows.Count);
        Assert.Equal("key", rows[0].Descendants(ns + "t").First().Value);
        var first = json[0];
        Assert.Equal(first.GetProperty("key").GetString(), rows[1].Descendants(ns + "t").First().Value);
        Assert.Equal(first.GetProperty("received").GetInt32().ToString(), rows[1].Descendants(ns + "v").First().Value);
    }

    [Theory]
    [InlineData("by=department-store", "by")]
    [InlineData("by=windows", "by")]
    [InlineData("from=2024-01-01&to=2025-06-30", "to")]
    [InlineData("format=pdf", "format")]
    public async Task Bad_parameters_are_422_naming_the_parameter(string query, string field)
    {
        var response = await fixture.Host.CreateClient("supervisor-county").GetAsync($"/api/supervision/stats/breakdown?{query}");
        Assert.Contains(field, (await response.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
    }

    [Theory]
    [InlineData("day")]
    [InlineData("window")]
    [InlineData("department")]
    public async Task A_town_cannot_read_a_sibling_towns_figures(string by)
    {
        var response = await fixture.Host.CreateClient("town-clerk").GetAsync($"/api/supervision/stats/breakdown?division={TownA}&{Period}&by={by}");
        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Shown Figures(JsonElement r) => new(Int(r, "received"), Int(r, "completed"), Int(r, "onTime"), Int(r, "early"),
        Int(r, "instant"), Int(r, "completedLate"), Int(r, "onSite"), Int(r, "stoppedWorkingDays"), Int(r, "yellow"), Int(r, "red"),
        Int(r, "ratings"), Dec(r, "meanGrade"), Dec(r, "satisfactionRate"), Dec(r, "onTimeRate"));

    private static int Int(JsonElement r, string name) => r.GetProperty(name).GetInt32();

    private static decimal? Dec(JsonElement r, string name) =>
        r.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetDecimal() : null;

    /// <summary>Counted case by case from the stored cases of the county: received on the day received, the rest on
    /// the completion day, punctuality judged again from the dates; on site (现场办结) when completed the day received,
    /// not online; the working days a clock stood still on the day it resumed; each card on the day raised, from the
    /// stored alarms; each rating the seeds gave on its day.</summary>
    private async Task<Dictionary<string, Shown>> RecountAsync(string by, DateOnly from, DateOnly to)
    {
        if (by == "department") return await RecountTasksAsync();
        var rows = new List<(Guid Id, DateOnly Received, DateOnly? Completed, DateOnly Due, bool Instant, string Matter, string Unit, string Division,
            bool Online, int Stopped, DateOnly? Resumed)>();
        var cards = new List<(Guid CaseId, DateOnly On, bool Red)>();
        await using (var connection = new NpgsqlConnection(fixture.Host.ConnectionString))
        {
            await connection.OpenAsync();
            await using (var command = new NpgsqlCommand("""
                SELECT "Id", "ReceivedOn", "CompletedOn", "DueDate", "Outcome" = 'instant', "MatterCode",
                    CASE WHEN @by = 'window' THEN "SubmittedAtOrgUnitId" ELSE "HandlingOrgUnitId" END, "HandlingDivision",
                    "Channel" IS NOT DISTINCT FROM 'online', "StoppedWorkingDays",
                    (SELECT (max(t."At") AT TIME ZONE 'Asia/Shanghai')::date FROM supervision.timeline_entries t
                     WHERE t."CaseId" = c."Id" AND t."Kind" = 'ClockResumed')
                FROM supervision.cases c WHERE "HandlingDivision" LIKE '350926%'
                """, connection))
            {
                command.Parameters.AddWithValue("by", by);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                    rows.Add((reader.GetGuid(0), reader.GetFieldValue<DateOnly>(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2),
                        reader.GetFieldValue<DateOnly>(3), !reader.IsDBNull(4) && reader.GetBoolean(4), reader.GetString(5), reader.GetString(6),
                        reader.GetString(7), reader.GetBoolean(8), reader.GetInt32(9), reader.IsDBNull(10) ? null : reader.GetFieldValue<DateOnly>(10)));
            }
            await using var alarms = new NpgsqlCommand("""SELECT "CaseId", "RaisedOn", "Level" = 'Red' FROM supervision.alarms""", connection);
            await using var cardReader = await alarms.ExecuteReaderAsync();
            while (await cardReader.ReadAsync())
                cards.Add((cardReader.GetGuid(0), cardReader.GetFieldValue<DateOnly>(1), cardReader.GetBoolean(2)));
        }
        string Key(string matter, string unit, string division, DateOnly day) => by switch
        {
            "week" => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)).ToString("yyyy-MM-dd"),
            "month" => day.ToString("yyyy-MM"),
            "matter" => matter,
            "org-unit" or "window" => unit,
            "child-region" => division[..9].PadRight(12, '0'),
            _ => day.ToString("yyyy-MM-dd"),
        };
        bool In(DateOnly? day) => day >= from && day <= to;
        var cases = rows.ToDictionary(r => r.Id);
        var received = rows.Where(r => In(r.Received))
            .Select(r => (Key: Key(r.Matter, r.Unit, r.Division, r.Received), Figures: new Count(Received: 1)));
        var completed = rows.Where(r => In(r.Completed))
            .Select(r => (Key: Key(r.Matter, r.Unit, r.Division, r.Completed!.Value), Figures: new Count(Completed: 1,
                OnTime: r.Completed <= r.Due ? 1 : 0, Early: r.Completed < r.Due ? 1 : 0, Instant: r.Instant ? 1 : 0,
                CompletedLate: r.Completed > r.Due ? 1 : 0, OnSite: r.Completed == r.Received && !r.Online ? 1 : 0)));
        var stopped = rows.Where(r => r.Stopped > 0 && In(r.Resumed))
            .Select(r => (Key: Key(r.Matter, r.Unit, r.Division, r.Resumed!.Value), Figures: new Count(Stopped: r.Stopped)));
        var carded = cards.Where(c => cases.ContainsKey(c.CaseId) && In(c.On)).Select(c => (cases[c.CaseId], c))
            .Select(x => (Key: Key(x.Item1.Matter, x.Item1.Unit, x.Item1.Division, x.c.On), Figures: new Count(Yellow: x.c.Red ? 0 : 1, Red: x.c.Red ? 1 : 0)));
        var ratings = Rated.Where(r => cases.ContainsKey(r.CaseId) && In(r.On)).Select(r => (cases[r.CaseId], r))
            .Select(x => (Key: Key(x.Item1.Matter, x.Item1.Unit, x.Item1.Division, x.r.On),
                Figures: new Count(Ratings: 1, GradeSum: x.r.Grade, Satisfied: x.r.Grade >= 3 ? 1 : 0)));
        return Summed(received.Concat(completed).Concat(stopped).Concat(carded).Concat(ratings));
    }

    private static Dictionary<string, Shown> Summed(IEnumerable<(string Key, Count Figures)> figures) =>
        figures.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.Aggregate(new Count(), (sum, f) => sum + f.Figures).Shown);

    /// <summary>Each department's tasks counted one by one from the stored steps: received on the day its review opened,
    /// decided on the day it was decided (China time), on time by its deadline, early before it.</summary>
    private async Task<Dictionary<string, Shown>> RecountTasksAsync()
    {
        var figures = new List<(string Key, Count Figures)>();
        var (from, to) = (new DateOnly(2025, 8, 1), new DateOnly(2025, 10, 31));
        await using var connection = new NpgsqlConnection(fixture.Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT s."DepartmentId", s."Deadline", (s."DecidedAt" AT TIME ZONE 'Asia/Shanghai')::date,
                (SELECT (min(t."At") AT TIME ZONE 'Asia/Shanghai')::date FROM supervision.timeline_entries t
                 WHERE t."CaseId" = s."CaseId" AND t."Kind" = 'ReviewOpened')
            FROM supervision.steps s JOIN supervision.cases c ON c."Id" = s."CaseId" WHERE c."HandlingDivision" LIKE '350926%'
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var (department, deadline, opened) = (reader.GetString(0), reader.GetFieldValue<DateOnly>(1), reader.GetFieldValue<DateOnly>(3));
            if (opened >= from && opened <= to) figures.Add((department, new Count(Received: 1)));
            if (reader.IsDBNull(2)) continue;
            var decided = reader.GetFieldValue<DateOnly>(2);
            if (decided < from || decided > to) continue;
            figures.Add((department, new Count(Completed: 1, OnTime: decided <= deadline ? 1 : 0, Early: decided < deadline ? 1 : 0,
                CompletedLate: decided > deadline ? 1 : 0)));
        }
        return Summed(figures);
    }

    /// <summary>Fourteen new cases over two towns and two matters, accepted from late August into October: early, on
    /// the day, late, instant and still open, received at the town's window or a village station; the completed ones
    /// reviewed by one or two departments, each deciding early, on the day or late. Then, in September, one decided at
    /// the window the day it was received (on site), one online the same day and one at the window the next day (not).
    /// Every fifth case's clock stops and resumes before it completes; the completed ones are rated; the open ones are
    /// swept on the last one's due date (yellow, or red when past due) and on Oct 20 (red).</summary>
    private async Task SeedAsync()
    {
        foreach (var (town, channel, after) in new[] { (TownA, "window", 0), (TownB, "online", 0), (TownB, "window", 1) })
        {
            var accepted = Accepted(new DateOnly(2025, 9, 17), 3, town, town);
            await fixture.DeliverAsync(accepted, Completed(accepted, accepted.AcceptedOn.AddDays(after)) with { Channel = channel });
        }
        var lastOpenDue = DateOnly.MinValue;
        for (var i = 0; i < 14; i++)
        {
            var town = i % 2 == 0 ? TownA : TownB;
            var day = new DateOnly(2025, 8, 25).AddDays(i * 3);
            var accepted = Accepted(day, 3, town, i % 4 == 0 ? Village : town) with { MatterCode = Matters[i % 3 == 0 ? 0 : 1] };
            var completedOn = accepted.DueDate.AddDays(i % 5 - 1);
            object[] events = (i % 5) switch
            {
                4 => [accepted],
                3 => [Completed(accepted, day, "instant")],
                0 => [accepted],
                _ => [accepted, Completed(accepted, completedOn)],
            };
            await fixture.DeliverAsync(events);
            if (i % 5 == 4) lastOpenDue = accepted.DueDate;
            if (i % 5 == 0)
            {
                await fixture.DeliverAsync(Stopped(accepted, day.AddDays(1)));
                await fixture.DeliverAsync(Resumed(accepted, 2, accepted.DueDate, day.AddDays(2)));
                await fixture.DeliverAsync(Completed(accepted, completedOn));
            }
            if (i % 5 > 2) continue;
            var grade = (int[])[5, 2, 3];
            var rated = (accepted.CaseId, grade[i % 5], completedOn.AddDays(1));
            await fixture.DeliverToInboxAsync(new CaseRated(Guid.NewGuid(), accepted.CaseId, rated.Item2, "window", accepted.HandlingOrgUnitId,
                accepted.HandlingDivision, At(rated.Item3, 10)));
            Rated.Add(rated);
            var review = i % 2 == 0 ? Opened(accepted, ("dep-scjg", day.AddDays(4)), ("dep-wsjk", day.AddDays(5))) : Opened(accepted, ("dep-scjg", day.AddDays(3)));
            await fixture.DeliverAsync(review);
            await fixture.DeliverAsync(review.Tasks!.Select(t => (object)Decided(review, t.DepartmentId, day.AddDays(2 + i % 4))).ToArray());
        }
        await fixture.SweepAsync(lastOpenDue);
        await fixture.SweepAsync(new DateOnly(2025, 10, 20));
    }

    /// <summary>A group's figures as the breakdown shows them, with its rates.</summary>
    private sealed record Shown(int Received, int Completed, int OnTime, int Early, int Instant, int CompletedLate, int OnSite,
        int StoppedWorkingDays, int Yellow, int Red, int Ratings, decimal? MeanGrade, decimal? SatisfactionRate, decimal? OnTimeRate);

    /// <summary>What the recount adds up, one fact at a time.</summary>
    private readonly record struct Count(int Received = 0, int Completed = 0, int OnTime = 0, int Early = 0, int Instant = 0,
        int CompletedLate = 0, int OnSite = 0, int Stopped = 0, int Yellow = 0, int Red = 0, int Ratings = 0, int GradeSum = 0, int Satisfied = 0)
    {
        public static Count operator +(Count a, Count b) => new(a.Received + b.Received, a.Completed + b.Completed, a.OnTime + b.OnTime,
            a.Early + b.Early, a.Instant + b.Instant, a.CompletedLate + b.CompletedLate, a.OnSite + b.OnSite, a.Stopped + b.Stopped,
            a.Yellow + b.Yellow, a.Red + b.Red, a.Ratings + b.Ratings, a.GradeSum + b.GradeSum, a.Satisfied + b.Satisfied);

        public Shown Shown => new(Received, Completed, OnTime, Early, Instant, CompletedLate, OnSite, Stopped, Yellow, Red, Ratings,
            Rate(GradeSum, Ratings, 2), Rate(Satisfied, Ratings), Rate(OnTime, Completed));

        private static decimal? Rate(int part, int whole, int digits = 4) => whole == 0 ? null : Math.Round((decimal)part / whole, digits);
    }
}
