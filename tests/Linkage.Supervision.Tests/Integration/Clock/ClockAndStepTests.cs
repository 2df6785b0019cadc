using System.Text.Json;
using Linkage.Kernel;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Linkage.Supervision.Tests.ApprovalEvents;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>Deadlines that follow approval's clock, and per-step alarms, judged by the host's own deadline sweep
/// on chosen dates in September 2025 (no holidays; Sun Sep 28 worked).</summary>
public sealed class ClockAndStepTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private const string Town = "350926104000";
    private const string Scjg = "dept-scjg";
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.China;

    [Fact]
    public async Task An_extended_case_is_not_overdue_while_the_same_case_unextended_is_red()
    {
        var extended = Accepted(D(1), 5, Town, Town);
        var plain = Accepted(D(1), 5, Town, Town);
        Assert.Equal(D(8), extended.DueDate);
        var opened = Opened(extended, (Scjg, D(8)));
        await fixture.DeliverAsync(extended, plain);
        await fixture.DeliverAsync(opened);
        await fixture.DeliverAsync(Extended(opened, Scjg, 3, D(11), D(11), D(5)));

        await fixture.SweepAsync(D(9));

        Assert.Empty(await fixture.OpenAlarmsAsync(extended.CaseId));
        Assert.Equal([("case-deadline", "red")], (await fixture.OpenAlarmsAsync(plain.CaseId)).Select(KindAndLevel));
        var view = await Supervisor().OkBodyAsync($"/api/supervision/cases/{extended.CaseId}");
        Assert.Equal("2025-09-11", view.GetProperty("dueDate").GetString());
        Assert.Equal("2025-09-11", view.GetProperty("steps")[0].GetProperty("dueDate").GetString());
        Assert.Contains("extended", Kinds(view));
    }

    [Fact]
    public async Task A_stopped_clock_does_not_count_and_the_excluded_days_move_the_due_date()
    {
        var accepted = Accepted(D(1), 5, Town, Town);
        await fixture.DeliverAsync(accepted);
        await fixture.DeliverAsync(Stopped(accepted, D(3)));

        await fixture.SweepAsync(D(15)); // a week past the original due date, but the clock stands still
        Assert.Empty(await fixture.OpenAlarmsAsync(accepted.CaseId));

        var stopped = Calendar.WorkingDaysBetween(D(3), D(17));
        var due = Calendar.AddWorkingDays(D(8), stopped);
        Assert.Equal((10, D(22)), (stopped, due));
        await fixture.DeliverAsync(Resumed(accepted, stopped, due, D(17)));
        await fixture.SweepAsync(D(17));
        Assert.Empty(await fixture.OpenAlarmsAsync(accepted.CaseId));

        var view = await Supervisor().OkBodyAsync($"/api/supervision/cases/{accepted.CaseId}");
        Assert.Equal("2025-09-22", view.GetProperty("dueDate").GetString());
        Assert.Equal(10, view.GetProperty("stoppedWorkingDays").GetInt32());
        var resumed = view.GetProperty("timeline").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "clock-resumed");
        Assert.Contains("10 working day(s) excluded", resumed.GetProperty("detail").GetString());

        await fixture.SweepAsync(D(23)); // once running again, the moved due date counts
        Assert.Equal([("case-deadline", "red")], (await fixture.OpenAlarmsAsync(accepted.CaseId)).Select(KindAndLevel));
    }

    [Fact]
    public async Task A_late_department_step_raises_a_step_alarm_while_the_case_is_on_time_and_its_decision_resolves_it()
    {
        var accepted = Accepted(D(1), 20, Town, Town);
        var opened = Opened(accepted, (Scjg, D(5)), ("dept-wsjk", D(19)));
        await fixture.DeliverAsync(accepted);
        await fixture.DeliverAsync(opened);

        await fixture.SweepAsync(D(9));

        var alarm = Assert.Single(await fixture.OpenAlarmsAsync(accepted.CaseId));
        Assert.Equal(("step-deadline", "red"), KindAndLevel(alarm));
        Assert.Equal(Scjg, alarm.GetProperty("departmentId").GetString());
        Assert.Equal("2025-09-05", alarm.GetProperty("dueDate").GetString());

        await fixture.DeliverAsync(Decided(opened, Scjg, D(10)));
        await fixture.SweepAsync(D(10));

        Assert.Empty(await fixture.OpenAlarmsAsync(accepted.CaseId));
        var resolved = Assert.Single((await Supervisor().OkBodyAsync($"/api/supervision/alarms?caseId={accepted.CaseId}&state=resolved")).Items().EnumerateArray());
        Assert.Equal("system", resolved.GetProperty("resolvedBy").GetString());
    }

    [Fact]
    public async Task The_sweep_leaves_a_case_alone_until_its_next_check_then_turns_it_yellow()
    {
        var accepted = Accepted(D(1), 20, Town, Town);
        await fixture.DeliverAsync(accepted);
        await fixture.SweepAsync(D(2));

        var firstWarning = Calendar.PreviousWorkingDay(accepted.DueDate); // one working day left
        Assert.Equal(firstWarning, await NextCheckOnAsync(accepted.CaseId));
        await fixture.SweepAsync(firstWarning.AddDays(-1));
        Assert.Empty(await fixture.OpenAlarmsAsync(accepted.CaseId));

        await fixture.SweepAsync(firstWarning);
        Assert.Equal([("case-deadline", "yellow")], (await fixture.OpenAlarmsAsync(accepted.CaseId)).Select(KindAndLevel));
        Assert.Equal(accepted.DueDate.AddDays(1), await NextCheckOnAsync(accepted.CaseId)); // red the day after
    }

    /// <summary>The race behind <c>23505 PK_steps</c> (decision 0525), held open on purpose: the review's step row is
    /// inserted and not yet committed when the decision arrives; then the decision comes again under new ids.</summary>
    [Fact]
    public async Task A_decision_racing_its_step_and_sent_again_under_new_ids_is_applied_once()
    {
        var accepted = Accepted(D(1), 20, Town, Town);
        var department = $"dept-{Guid.NewGuid():N}"[..20];
        var opened = Opened(accepted, (department, D(12)));
        var decided = Decided(opened, department, D(4));
        await fixture.DeliverAsync(accepted);
        var bus = fixture.Host.Services.GetRequiredService<IBus>();
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };

        await using (var review = new NpgsqlConnection(fixture.Host.ConnectionString))
        {
            await review.OpenAsync();
            await using var tx = await review.BeginTransactionAsync();
            await using (var insert = new NpgsqlCommand($"""
                INSERT INTO supervision.steps ("TaskId", "CaseId", "DepartmentId", "Deadline") VALUES ('{decided.TaskId}', '{accepted.CaseId}', '{department}', DATE '2025-09-12')
                """, review, tx))
                await insert.ExecuteNonQueryAsync();
            await bus.Publish(decided, c => c.MessageId = ids[0]);
            await fixture.Host.Eventually(async () => await fixture.CountAsync(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'transactionid'") > 0, TimeSpan.FromSeconds(60));
            await tx.CommitAsync();
        }
        await Task.WhenAll(ids.Skip(1).Select(id => bus.Publish(decided, c => c.MessageId = id)));
        var applied = $"SELECT count(*) FROM supervision.inbox_messages WHERE message_id IN ('{string.Join("','", ids)}')";
        await fixture.Host.Eventually(async () => await fixture.CountAsync(applied) == ids.Length, TimeSpan.FromSeconds(60));

        var view = await Supervisor().OkBodyAsync($"/api/supervision/cases/{accepted.CaseId}");
        var step = Assert.Single(view.GetProperty("steps").EnumerateArray());
        Assert.Equal("approved", step.GetProperty("decision").GetString());
        Assert.Equal(1, await fixture.CountAsync(
            $"SELECT count(*) FROM supervision.timeline_entries WHERE \"CaseId\" = '{accepted.CaseId}' AND \"Kind\" = 'StepDecided'"));
        var byDepartment = await Supervisor().OkBodyAsync($"/api/supervision/stats/breakdown?division={Town}&by=department&from=2025-09-01&to=2025-09-30");
        var row = byDepartment.EnumerateArray().Single(r => r.GetProperty("key").GetString() == department);
        Assert.Equal(1, row.GetProperty("completed").GetInt32());
    }

    private async Task<DateOnly> NextCheckOnAsync(Guid caseId)
    {
        var days = await fixture.CountAsync($"SELECT (\"NextCheckOn\" - DATE '2025-01-01')::bigint FROM supervision.cases WHERE \"Id\" = '{caseId}'");
        return new DateOnly(2025, 1, 1).AddDays((int)days);
    }

    private HttpClient Supervisor() => fixture.Host.CreateClient("supervisor-county");

    private static (string?, string?) KindAndLevel(JsonElement alarm) =>
        (alarm.GetProperty("kind").GetString(), alarm.GetProperty("level").GetString());

    private static List<string> Kinds(JsonElement view) =>
        view.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()!).ToList();

    private static DateOnly D(int day) => new(2025, 9, day);
}
