using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Linkage.Kernel;
using Npgsql;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>The pre-aggregated breakdown against a brute-force recount of the same cases, by every dimension, every
/// figure: the case facts, the clock-stopped working days, the swept cards and the ratings.</summary>
public sealed partial class BreakdownTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
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

    private static Shown Figures(JsonElement r) => new(Int(r, "received"), Int(r, "accepted"), Int(r, "completed"), Int(r, "onTime"),
        Int(r, "early"), Int(r, "instant"), Int(r, "completedLate"), Int(r, "openOverdue"), Int(r, "overdue"), Int(r, "onSite"),
        Int(r, "stoppedWorkingDays"), Int(r, "yellow"), Int(r, "red"), Int(r, "ratings"), Dec(r, "meanGrade"), Dec(r, "satisfactionRate"),
        Dec(r, "onTimeRate"));

    private static int Int(JsonElement r, string name) => r.GetProperty(name).GetInt32();

    private static decimal? Dec(JsonElement r, string name) =>
        r.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetDecimal() : null;

    /// <summary>Counted case by case from the stored cases of the county and the applications the seeds submitted: received
    /// (收件) on the day intake took it, under the unit that received it, whether accepted or not (a case the seeds did not
    /// submit, on the day it was accepted); accepted (受理) on the day accepted, under the window it counts under; the rest on
    /// the completion day, punctuality judged again from the dates; on site (现场办结) when completed the day accepted, not
    /// online; open past due (by due date) when still open with a due date in the period before today; the working days a
    /// clock stood still on the day it resumed; each card on the day raised, from the stored alarms; each rating the seeds
    /// gave on its day.</summary>
    private async Task<Dictionary<string, Shown>> RecountAsync(string by, DateOnly from, DateOnly to)
    {
        if (by == "department") return await RecountTasksAsync(from, to);
        var rows = new List<(Guid Id, DateOnly Accepted, DateOnly? Completed, DateOnly Due, bool Instant, string Matter, string Unit, string Division,
            bool Online, int Stopped, DateOnly? Resumed, string ReceivingUnit)>();
        var cards = new List<(Guid CaseId, DateOnly On, bool Red)>();
        await using (var connection = new NpgsqlConnection(fixture.Host.ConnectionString))
        {
            await connection.OpenAsync();
            await using (var command = new NpgsqlCommand("""
                SELECT "Id", "AcceptedDay", "CompletedOn", "DueDate", "Outcome" = 'instant', "MatterCode",
                    CASE WHEN @by = 'window' THEN coalesce("AcceptedAtWindow", "SubmittedAtOrgUnitId") ELSE "HandlingOrgUnitId" END,
                    "HandlingDivision", "Channel" IS NOT DISTINCT FROM 'online', "StoppedWorkingDays",
                    (SELECT (max(t."At") AT TIME ZONE 'Asia/Shanghai')::date FROM supervision.timeline_entries t
                     WHERE t."CaseId" = c."Id" AND t."Kind" = 'ClockResumed'),
                    CASE WHEN @by = 'window' THEN "SubmittedAtOrgUnitId" ELSE "HandlingOrgUnitId" END
                FROM supervision.cases c WHERE "HandlingDivision" LIKE '350926%'
                """, connection))
            {
                command.Parameters.AddWithValue("by", by);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                    rows.Add((reader.GetGuid(0), reader.GetFieldValue<DateOnly>(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2),
                        reader.GetFieldValue<DateOnly>(3), !reader.IsDBNull(4) && reader.GetBoolean(4), reader.GetString(5), reader.GetString(6),
                        reader.GetString(7), reader.GetBoolean(8), reader.GetInt32(9), reader.IsDBNull(10) ? null : reader.GetFieldValue<DateOnly>(10),
                        reader.GetString(11)));
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
        var today = ChinaTime.Today(TimeProvider.System);
        var cases = rows.ToDictionary(r => r.Id);
        var submitted = Submissions.ToDictionary(s => s.CaseId);
        var received = rows.Where(r => !submitted.ContainsKey(r.Id)).Select(r => (r.Matter, r.ReceivingUnit, r.Division, Day: r.Accepted))
            .Concat(Submissions.Select(s => (s.Matter, Unit: by == "window" ? s.ReceivingUnit : s.HandlingUnit, s.Division, s.Day)))
            .Where(r => In(r.Day)).Select(r => (Key: Key(r.Matter, r.Item2, r.Division, r.Day), Figures: new Count(Received: 1)));
        var accepted = rows.Where(r => In(r.Accepted))
            .Select(r => (Key: Key(r.Matter, r.Unit, r.Division, r.Accepted), Figures: new Count(Accepted: 1)));
        var completed = rows.Where(r => In(r.Completed))
            .Select(r => (Key: Key(r.Matter, r.Unit, r.Division, r.Completed!.Value), Figures: new Count(Completed: 1,
                OnTime: r.Completed <= r.Due ? 1 : 0, Early: r.Completed < r.Due ? 1 : 0, Instant: r.Instant ? 1 : 0,
                CompletedLate: r.Completed > r.Due ? 1 : 0, OnSite: r.Completed == r.Accepted && !r.Online ? 1 : 0)));
        var open = rows.Where(r => r.Completed is null && In(r.Due) && r.Due < today)
            .Select(r => (Key: Key(r.Matter, r.Unit, r.Division, r.Due), Figures: new Count(OpenOverdue: 1)));
        var stopped = rows.Where(r => r.Stopped > 0 && In(r.Resumed))
            .Select(r => (Key: Key(r.Matter, r.Unit, r.Division, r.Resumed!.Value), Figures: new Count(Stopped: r.Stopped)));
        var carded = cards.Where(c => cases.ContainsKey(c.CaseId) && In(c.On)).Select(c => (cases[c.CaseId], c))
            .Select(x => (Key: Key(x.Item1.Matter, x.Item1.Unit, x.Item1.Division, x.c.On), Figures: new Count(Yellow: x.c.Red ? 0 : 1, Red: x.c.Red ? 1 : 0)));
        var ratings = Rated.Where(r => cases.ContainsKey(r.CaseId) && In(r.On)).Select(r => (cases[r.CaseId], r))
            .Select(x => (Key: Key(x.Item1.Matter, x.Item1.Unit, x.Item1.Division, x.r.On),
                Figures: new Count(Ratings: 1, GradeSum: x.r.Grade, Satisfied: x.r.Grade >= 3 ? 1 : 0)));
        return Summed(received.Concat(accepted).Concat(completed).Concat(open).Concat(stopped).Concat(carded).Concat(ratings));
    }

    private static Dictionary<string, Shown> Summed(IEnumerable<(string Key, Count Figures)> figures) =>
        figures.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.Aggregate(new Count(), (sum, f) => sum + f.Figures).Shown);

    /// <summary>Each department's tasks counted one by one from the stored steps: received and accepted on the day its review
    /// opened, decided on the day it was decided (China time), on time by its deadline, early before it; open past due when
    /// undecided on a case still open, its deadline in the period and before today.</summary>
    private async Task<Dictionary<string, Shown>> RecountTasksAsync(DateOnly from, DateOnly to)
    {
        var figures = new List<(string Key, Count Figures)>();
        var today = ChinaTime.Today(TimeProvider.System);
        await using var connection = new NpgsqlConnection(fixture.Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT s."DepartmentId", s."Deadline", (s."DecidedAt" AT TIME ZONE 'Asia/Shanghai')::date,
                (SELECT (min(t."At") AT TIME ZONE 'Asia/Shanghai')::date FROM supervision.timeline_entries t
                 WHERE t."CaseId" = s."CaseId" AND t."Kind" = 'ReviewOpened'), c."Status" = 'Open' AND s."Decision" IS NULL
            FROM supervision.steps s JOIN supervision.cases c ON c."Id" = s."CaseId" WHERE c."HandlingDivision" LIKE '350926%'
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var (department, deadline, opened) = (reader.GetString(0), reader.GetFieldValue<DateOnly>(1), reader.GetFieldValue<DateOnly>(3));
            if (opened >= from && opened <= to) figures.Add((department, new Count(Received: 1, Accepted: 1)));
            if (reader.GetBoolean(4) && deadline >= from && deadline <= to && deadline < today) figures.Add((department, new Count(OpenOverdue: 1)));
            if (reader.IsDBNull(2)) continue;
            var decided = reader.GetFieldValue<DateOnly>(2);
            if (decided < from || decided > to) continue;
            figures.Add((department, new Count(Completed: 1, OnTime: decided <= deadline ? 1 : 0, Early: decided < deadline ? 1 : 0,
                CompletedLate: decided > deadline ? 1 : 0)));
        }
        return Summed(figures);
    }

    /// <summary>A group's figures as the breakdown shows them, with its rates.</summary>
    private sealed record Shown(int Received, int Accepted, int Completed, int OnTime, int Early, int Instant, int CompletedLate,
        int OpenOverdue, int Overdue, int OnSite, int StoppedWorkingDays, int Yellow, int Red, int Ratings, decimal? MeanGrade,
        decimal? SatisfactionRate, decimal? OnTimeRate);

    /// <summary>What the recount adds up, one fact at a time.</summary>
    private readonly record struct Count(int Received = 0, int Completed = 0, int OnTime = 0, int Early = 0, int Instant = 0,
        int CompletedLate = 0, int OnSite = 0, int Stopped = 0, int Yellow = 0, int Red = 0, int Ratings = 0, int GradeSum = 0, int Satisfied = 0,
        int Accepted = 0, int OpenOverdue = 0)
    {
        public static Count operator +(Count a, Count b) => new(a.Received + b.Received, a.Completed + b.Completed, a.OnTime + b.OnTime,
            a.Early + b.Early, a.Instant + b.Instant, a.CompletedLate + b.CompletedLate, a.OnSite + b.OnSite, a.Stopped + b.Stopped,
            a.Yellow + b.Yellow, a.Red + b.Red, a.Ratings + b.Ratings, a.GradeSum + b.GradeSum, a.Satisfied + b.Satisfied,
            a.Accepted + b.Accepted, a.OpenOverdue + b.OpenOverdue);

        public Shown Shown => new(Received, Accepted, Completed, OnTime, Early, Instant, CompletedLate, OpenOverdue, CompletedLate + OpenOverdue,
            OnSite, Stopped, Yellow, Red, Ratings, Rate(GradeSum, Ratings, 2), Rate(Satisfied, Ratings), Rate(OnTime, Completed));

        private static decimal? Rate(int part, int whole, int digits = 4) => whole == 0 ? null : Math.Round((decimal)part / whole, digits);
    }
}
