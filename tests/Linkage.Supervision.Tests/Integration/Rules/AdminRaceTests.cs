using System.Net;
using System.Net.Http.Json;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>Two admins writing the same rule book, assessment rules or month's assessment at once (decision 0715): the
/// other write is held open while the request reads, the request's save waits for it, and once it commits the request
/// is a 409 problem naming what it lost to, and the other write is kept whole. A region's rules written while a region
/// above locks the term are checked against that lock (0730).</summary>
public sealed class AdminRaceTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private static readonly object AssessmentRules = new
    {
        weights = new { onTime = 400, early = 100, satisfaction = 200, rectification = 100, orderResponse = 100, onlineDepth = 100 },
        deductions = new { redCard = 10, yellowCard = 2, overdue = 20 },
        grades = new { excellent = 900, good = 800, pass = 600 },
    };

    private HttpClient Supervisor => fixture.Host.CreateClient("supervisor-county");

    [Fact]
    public async Task A_rule_book_write_that_loses_to_another_admins_is_409_naming_the_region()
    {
        const string Region = "350926113000";
        await (await Supervisor.PutAsJsonAsync($"/api/supervision/rules/{Region}", new { warnWorkingDays = 3 })).OkAsync();

        await LosesAsync($"UPDATE supervision.rule_sets SET \"WarnWorkingDays\" = 4, \"UpdatedBy\" = 'other-admin' WHERE \"Division\" = '{Region}'",
            () => Supervisor.PutAsJsonAsync($"/api/supervision/rules/{Region}", new { warnWorkingDays = 2 }), Region,
            $"SELECT count(*) FROM supervision.rule_sets WHERE \"Division\" = '{Region}' AND \"WarnWorkingDays\" = 4 AND \"UpdatedBy\" = 'other-admin'");
    }

    [Fact]
    public async Task A_regions_first_rule_book_that_loses_to_another_admins_first_is_409_naming_the_region()
    {
        const string Region = "350926114000";
        await LosesAsync($"""
            INSERT INTO supervision.rule_sets ("Division", "WarnWorkingDays", "Locks", "UpdatedBy", "UpdatedAt")
            VALUES ('{Region}', 4, '{"{}"}', 'other-admin', now())
            """, () => Supervisor.PutAsJsonAsync($"/api/supervision/rules/{Region}", new { warnWorkingDays = 2 }), Region,
            $"SELECT count(*) FROM supervision.rule_sets WHERE \"Division\" = '{Region}' AND \"WarnWorkingDays\" = 4 AND \"UpdatedBy\" = 'other-admin'");
    }

    [Fact]
    public async Task An_assessment_rules_write_that_loses_to_another_admins_is_409_naming_the_region()
    {
        const string Region = "350926112000";
        (await Supervisor.PutAsJsonAsync($"/api/supervision/assessment-rules/{Region}", AssessmentRules)).EnsureSuccessStatusCode();

        await LosesAsync($"UPDATE supervision.assessment_rules SET \"UpdatedBy\" = 'other-admin' WHERE \"Division\" = '{Region}'",
            () => Supervisor.PutAsJsonAsync($"/api/supervision/assessment-rules/{Region}", AssessmentRules), Region,
            $"SELECT count(*) FROM supervision.assessment_rules WHERE \"Division\" = '{Region}' AND \"UpdatedBy\" = 'other-admin'");
    }

    [Fact]
    public async Task A_months_first_run_that_loses_to_another_run_is_409_naming_the_assessment_and_the_other_run_is_kept()
    {
        const string Month = "2025-03";
        await LosesAsync($"""
            INSERT INTO supervision.assessments ("Division", "Month", "TermsJson", "ResultJson", "RunBy", "RunAt")
            VALUES ('{County}', '{Month}', '{"{}"}', '{"{}"}', 'other-admin', now())
            """, () => Supervisor.PostAsync($"/api/supervision/assessments?division={County}&month={Month}", null), $"{County} for {Month}",
            $"SELECT count(*) FROM supervision.assessments WHERE \"Division\" = '{County}' AND \"Month\" = '{Month}' AND \"RunBy\" = 'other-admin'");
    }

    [Fact]
    public async Task A_term_written_below_while_the_region_above_locks_it_is_422_locked_and_nothing_is_written()
    {
        const string Town = "350926115000", Village = "350926115201";
        await using var above = await HeldWrite.StartAsync(fixture.Host, $"""
            INSERT INTO supervision.rule_sets ("Division", "WarnWorkingDays", "Locks", "UpdatedBy", "UpdatedAt")
            VALUES ('{Town}', 4, '{"{warnWorkingDays}"}', 'other-admin', now())
            """);
        var sending = Supervisor.PutAsJsonAsync($"/api/supervision/rules/{Village}", new { warnWorkingDays = 2 });
        await above.CommitOnceWaitedOnAsync(sending); // the write below waits for the lock above instead of checking without it (0730)

        var problem = await (await sending).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains($"Locked by {Town}", problem.GetProperty("errors").GetProperty("warnWorkingDays")[0].GetString());
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM supervision.rule_sets WHERE \"Division\" = '{Village}'"));
    }

    /// <summary>The other admin's write held open, the request sent, the write committed once the request's save waits
    /// for it: the request is 409 naming <paramref name="named"/>, and the other write is kept.</summary>
    private async Task LosesAsync(string otherWrite, Func<Task<HttpResponseMessage>> request, string named, string otherKept)
    {
        await using var other = await HeldWrite.StartAsync(fixture.Host, otherWrite);
        var sending = request();
        await other.CommitOnceWaitedOnAsync(sending);

        Assert.Contains(named, (await (await sending).ProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Equal(1, await fixture.CountAsync(otherKept));
    }
}
