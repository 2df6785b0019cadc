using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Npgsql;
using static Linkage.Supervision.Tests.ApprovalEvents;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>The pre-aggregated breakdown against a brute-force recount of the same cases, by every dimension.</summary>
public sealed class BreakdownTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private const string TownA = "350926110000", TownB = "350926111000";
    private const string Period = "from=2025-08-01&to=2025-10-31";
    private static readonly string[] Matters = ["000121010000", "000201003000"];

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

    private static (int, int, int, int, int, int, int) Figures(JsonElement r) => (r.GetProperty("received").GetInt32(),
        r.GetProperty("completed").GetInt32(), r.GetProperty("onTime").GetInt32(), r.GetProperty("early").GetInt32(),
        r.GetProperty("instant").GetInt32(), r.GetProperty("completedLate").GetInt32(), r.GetProperty("onSite").GetInt32());

    /// <summary>Counted case by case from the stored cases of the county: received on the day received, the rest on
    /// the completion day, punctuality judged again from the dates; on site (现场办结) when completed the day received,
    /// not online.</summary>
    private async Task<Dictionary<string, (int, int, int, int, int, int, int)>> RecountAsync(string by, DateOnly from, DateOnly to)
    {
        if (by == "department") return await RecountTasksAsync();
        var rows = new List<(DateOnly Received, DateOnly? Completed, DateOnly Due, bool Instant, string Matter, string Unit, string Division, bool Online)>();
        await using (var connection = new NpgsqlConnection(fixture.Host.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("""
                SELECT "ReceivedOn", "CompletedOn", "DueDate", "Outcome" = 'instant', "MatterCode",
                    CASE WHEN @by = 'window' THEN "SubmittedAtOrgUnitId" ELSE "HandlingOrgUnitId" END, "HandlingDivision",
                    "Channel" IS NOT DISTINCT FROM 'online'
                FROM supervision.cases WHERE "HandlingDivision" LIKE '350926%'
                """, connection);
            command.Parameters.AddWithValue("by", by);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                rows.Add((reader.GetFieldValue<DateOnly>(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateOnly>(1),
                    reader.GetFieldValue<DateOnly>(2), !reader.IsDBNull(3) && reader.GetBoolean(3), reader.GetString(4), reader.GetString(5), reader.GetString(6),
                    reader.GetBoolean(7)));
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
        var received = rows.Where(r => r.Received >= from && r.Received <= to)
            .Select(r => (Key: Key(r.Matter, r.Unit, r.Division, r.Received), Figures: (1, 0, 0, 0, 0, 0, 0)));
        var completed = rows.Where(r => r.Completed >= from && r.Completed <= to)
            .Select(r => (Key: Key(r.Matter, r.Unit, r.Division, r.Completed!.Value), Figures: (0, 1, r.Completed <= r.Due ? 1 : 0,
                r.Completed < r.Due ? 1 : 0, r.Instant ? 1 : 0, r.Completed > r.Due ? 1 : 0, r.Completed == r.Received && !r.Online ? 1 : 0)));
        return Summed(received.Concat(completed));
    }

    private static Dictionary<string, (int, int, int, int, int, int, int)> Summed(IEnumerable<(string Key, (int, int, int, int, int, int, int) Figures)> figures) =>
        figures.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => (g.Sum(f => f.Figures.Item1), g.Sum(f => f.Figures.Item2),
            g.Sum(f => f.Figures.Item3), g.Sum(f => f.Figures.Item4), g.Sum(f => f.Figures.Item5), g.Sum(f => f.Figures.Item6),
            g.Sum(f => f.Figures.Item7)));

    /// <summary>Each department's tasks counted one by one from the stored steps: received on the day its review opened,
    /// decided on the day it was decided (China time), on time by its deadline, early before it.</summary>
    private async Task<Dictionary<string, (int, int, int, int, int, int, int)>> RecountTasksAsync()
    {
        var figures = new List<(string Key, (int, int, int, int, int, int, int) Figures)>();
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
            if (opened >= from && opened <= to) figures.Add((department, (1, 0, 0, 0, 0, 0, 0)));
            if (reader.IsDBNull(2)) continue;
            var decided = reader.GetFieldValue<DateOnly>(2);
            if (decided < from || decided > to) continue;
            figures.Add((department, (0, 1, decided <= deadline ? 1 : 0, decided < deadline ? 1 : 0, 0, decided > deadline ? 1 : 0, 0)));
        }
        return Summed(figures);
    }

    /// <summary>Fourteen new cases over two towns and two matters, accepted from late August into October: early, on
    /// the day, late, instant and still open, received at the town's window or a village station; the completed ones
    /// reviewed by one or two departments, each deciding early, on the day or late. Then, in September, one decided at
    /// the window the day it was received (on site), one online the same day and one at the window the next day (not).</summary>
    private async Task SeedAsync()
    {
        foreach (var (town, channel, after) in new[] { (TownA, "window", 0), (TownB, "online", 0), (TownB, "window", 1) })
        {
            var accepted = Accepted(new DateOnly(2025, 9, 17), 3, town, town);
            await fixture.DeliverAsync(accepted, Completed(accepted, accepted.AcceptedOn.AddDays(after)) with { Channel = channel });
        }
        for (var i = 0; i < 14; i++)
        {
            var town = i % 2 == 0 ? TownA : TownB;
            var day = new DateOnly(2025, 8, 25).AddDays(i * 3);
            var accepted = Accepted(day, 3, town, i % 4 == 0 ? Village : town) with { MatterCode = Matters[i % 3 == 0 ? 0 : 1] };
            object[] events = (i % 5) switch
            {
                4 => [accepted],
                3 => [Completed(accepted, day, "instant")],
                _ => [accepted, Completed(accepted, accepted.DueDate.AddDays(i % 5 - 1))],
            };
            await fixture.DeliverAsync(events);
            if (i % 5 > 2) continue;
            var review = i % 2 == 0 ? Opened(accepted, ("dep-scjg", day.AddDays(4)), ("dep-wsjk", day.AddDays(5))) : Opened(accepted, ("dep-scjg", day.AddDays(3)));
            await fixture.DeliverAsync(review);
            await fixture.DeliverAsync(review.Tasks!.Select(t => (object)Decided(review, t.DepartmentId, day.AddDays(2 + i % 4))).ToArray());
        }
    }
}
