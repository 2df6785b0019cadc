using System.Text.Json;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>On time, early and overdue around the 2025 National Day and Mid-Autumn holiday (Oct 1–8 off,
/// Sun Sep 28 and Sat Oct 11 worked).</summary>
public sealed class PunctualityTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private static readonly DateOnly FridayBeforeHoliday = new(2025, 9, 26);

    [Fact]
    public async Task Three_working_days_from_the_friday_before_the_holiday_are_due_on_september_30()
    {
        var accepted = Accepted(FridayBeforeHoliday, 3);
        Assert.Equal(new DateOnly(2025, 9, 30), accepted.DueDate); // Sun 28 is a make-up working day
        await fixture.DeliverAsync(accepted, Completed(accepted, new DateOnly(2025, 9, 30)));

        var view = await Supervisor().OkBodyAsync($"/api/supervision/cases/{accepted.CaseId}");

        Assert.Equal("completed", view.GetProperty("status").GetString());
        Assert.True(view.GetProperty("onTime").GetBoolean());
        Assert.False(view.GetProperty("early").GetBoolean());
        Assert.Equal("2025-09-30", view.GetProperty("dueDate").GetString());
        Assert.Equal(["accepted", "completed"], Kinds(view).ToArray());
    }

    [Fact]
    public async Task Completing_on_the_first_working_day_after_the_holiday_is_one_working_day_late()
    {
        var accepted = Accepted(FridayBeforeHoliday, 3);
        await fixture.DeliverAsync(accepted, Completed(accepted, new DateOnly(2025, 10, 9)));

        var view = await Supervisor().OkBodyAsync($"/api/supervision/cases/{accepted.CaseId}");

        Assert.False(view.GetProperty("onTime").GetBoolean());
        Assert.False(view.GetProperty("early").GetBoolean());
        Assert.Equal(1, view.GetProperty("overdueWorkingDays").GetInt32()); // nine calendar days, one working day
    }

    [Fact]
    public async Task A_case_due_after_the_holiday_and_finished_during_it_is_early()
    {
        var accepted = Accepted(new DateOnly(2025, 9, 30), 1);
        Assert.Equal(new DateOnly(2025, 10, 9), accepted.DueDate);
        await fixture.DeliverAsync(accepted, Completed(accepted, new DateOnly(2025, 10, 8)));

        var view = await Supervisor().OkBodyAsync($"/api/supervision/cases/{accepted.CaseId}");

        Assert.True(view.GetProperty("onTime").GetBoolean());
        Assert.True(view.GetProperty("early").GetBoolean());
        Assert.False(view.TryGetProperty("overdueWorkingDays", out _));
    }

    [Fact]
    public async Task Completion_arriving_before_acceptance_still_gives_one_timeline_in_order()
    {
        var accepted = Accepted(FridayBeforeHoliday, 3);
        await fixture.DeliverAsync(Completed(accepted, new DateOnly(2025, 9, 29)));
        await fixture.DeliverAsync(accepted);

        var view = await Supervisor().OkBodyAsync($"/api/supervision/cases/{accepted.CaseId}");

        Assert.Equal(["accepted", "completed"], Kinds(view).ToArray());
        Assert.Equal("completed", view.GetProperty("status").GetString());
        Assert.Equal(3, view.GetProperty("committedWorkingDays").GetInt32());
        Assert.True(view.GetProperty("early").GetBoolean());
    }

    [Fact]
    public async Task An_instant_case_is_on_time_and_instant_but_not_early()
    {
        var instant = Instant(new DateOnly(2025, 9, 28));
        await fixture.DeliverAsync(instant);

        var view = await Supervisor().OkBodyAsync($"/api/supervision/cases/{instant.CaseId}");

        Assert.True(view.GetProperty("instant").GetBoolean());
        Assert.True(view.GetProperty("onTime").GetBoolean());
        Assert.False(view.GetProperty("early").GetBoolean());
    }

    private HttpClient Supervisor() => fixture.Host.CreateClient("supervisor-county");

    private static List<string> Kinds(JsonElement view) =>
        view.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()!).ToList();
}
