using System.Net;
using System.Text.Json;
using Linkage.Kernel;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>Alerts are judged as of today on the working-day calendar, so the cases are placed around today.</summary>
public sealed class AlertTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private const string Town = "350926103000";
    private static readonly DateOnly Today = ChinaTime.ToLocalDate(DateTimeOffset.UtcNow);

    [Fact]
    public async Task Open_cases_past_due_are_red_and_due_within_one_working_day_yellow()
    {
        var calendar = WorkingDayCalendar.China;
        var overdue = Accepted(Today.AddDays(-20), Today.AddDays(-3), 5, Town, Town);
        var dueNextWorkingDay = Accepted(Today.AddDays(-5), calendar.AddWorkingDays(Today, 1), 5, Town, Town);
        var dueLater = Accepted(Today.AddDays(-1), calendar.AddWorkingDays(Today, 3), 5, Town, Town);
        var finishedLate = Accepted(Today.AddDays(-20), Today.AddDays(-3), 5, Town, Town);
        await fixture.DeliverAsync(overdue, dueNextWorkingDay, dueLater, finishedLate, Completed(finishedLate, Today.AddDays(-1)));
        var supervisor = fixture.Host.CreateClient("supervisor-county");

        var all = Alerts((await supervisor.OkBodyAsync($"/api/supervision/alerts?division={Town}")).Items());
        var red = Alerts((await supervisor.OkBodyAsync($"/api/supervision/alerts?division={Town}&level=red")).Items());
        var yellow = Alerts((await supervisor.OkBodyAsync($"/api/supervision/alerts?division={Town}&level=yellow")).Items());

        Assert.Equal([overdue.CaseId, dueNextWorkingDay.CaseId], all.Select(a => a.CaseId));
        Assert.Equal([("red", calendar.WorkingDaysBetween(overdue.DueDate, Today))], red.Select(a => (a.Level, a.WorkingDays)));
        Assert.Equal([("yellow", 1)], yellow.Select(a => (a.Level, a.WorkingDays)));
    }

    [Fact]
    public async Task Another_county_gets_no_alerts_of_this_one()
    {
        var response = await fixture.Host.CreateClient("other-county-clerk").GetAsync($"/api/supervision/alerts?division={Town}");
        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_level_is_422()
    {
        var response = await fixture.Host.CreateClient("supervisor-county").GetAsync("/api/supervision/alerts?level=orange");
        Assert.Contains("level", (await response.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
    }

    private static List<(Guid CaseId, string? Level, int WorkingDays)> Alerts(JsonElement body) => body.EnumerateArray()
        .Select(a => (a.GetProperty("caseId").GetGuid(), a.GetProperty("level").GetString(), a.GetProperty("workingDays").GetInt32()))
        .ToList();
}
