using System.Net;
using System.Net.Http.Json;
using Linkage.Approval.Domain;
using Linkage.Contracts.Events.Intake;
using Linkage.Kernel;
using Linkage.Supervision.Persistence;
using Microsoft.Extensions.DependencyInjection;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>签发 (0141, 0631): the chief representative's sign-off is due the handling region's working days after the
/// departments approved. The events are approval's own, made by its review plan (<see cref="ReviewEvents"/>) as its
/// endpoints make them; the host's sweep runs on chosen dates in September 2025.</summary>
public sealed class SignOffStepTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    [Fact]
    public async Task A_sign_off_not_given_in_time_is_warned_then_carded_the_late_sign_off_resolves_and_a_trigger_stays()
    {
        var (accepted, plan) = await OpenAsync(County);
        await fixture.DeliverToInboxAsync([.. ApproveAll(plan, D(2))]);
        var due = WorkingDayCalendar.China.AddWorkingDays(D(2), 3); // the default: 3 working days

        await fixture.SweepAsync(WorkingDayCalendar.China.AddWorkingDays(D(2), 1));
        Assert.Empty(await fixture.OpenAlarmsAsync(accepted.CaseId));
        await fixture.SweepAsync(due); // the default warning: at most 1 working day left
        var warning = Assert.Single(await fixture.OpenAlarmsAsync(accepted.CaseId));
        Assert.Equal(("sign-off-warning", "yellow", due.ToString("yyyy-MM-dd")),
            (warning.GetProperty("kind").GetString(), warning.GetProperty("level").GetString(), warning.GetProperty("dueDate").GetString()));
        await fixture.SweepAsync(due.AddDays(1));
        var card = Assert.Single(await fixture.OpenAlarmsAsync(accepted.CaseId));
        Assert.Equal(("sign-off-deadline", "red", due.ToString("yyyy-MM-dd")),
            (card.GetProperty("kind").GetString(), card.GetProperty("level").GetString(), card.GetProperty("dueDate").GetString()));

        await fixture.DeliverToInboxAsync([.. SignOff(plan, due.AddDays(4))]);

        Assert.Equal(["signed-off-late"], (await fixture.OpenAlarmsAsync(accepted.CaseId)).Select(a => a.GetProperty("kind").GetString()));
        var resolved = (await Supervisor().OkBodyAsync($"/api/supervision/alarms?caseId={accepted.CaseId}&state=resolved"))
            .Items().EnumerateArray().Select(a => (a.GetProperty("kind").GetString(), a.GetProperty("resolvedBy").GetString())).Order();
        Assert.Equal([("sign-off-deadline", "system"), ("sign-off-warning", "system")], resolved);
    }

    [Fact]
    public async Task A_sign_off_warning_counts_as_a_yellow_card_and_a_sign_off_in_time_resolves_it()
    {
        const string Warned = "350926114000";
        var (accepted, plan) = await OpenAsync(Warned);
        await fixture.DeliverToInboxAsync([.. ApproveAll(plan, D(2))]);
        var due = WorkingDayCalendar.China.AddWorkingDays(D(2), 3);
        var dayBefore = WorkingDayCalendar.China.AddWorkingDays(D(2), 2);

        await fixture.SweepAsync(dayBefore);
        var warning = Assert.Single(await fixture.OpenAlarmsAsync(accepted.CaseId));
        Assert.Equal(("sign-off-warning", "yellow", Warned), (warning.GetProperty("kind").GetString(),
            warning.GetProperty("level").GetString(), warning.GetProperty("handlingDivision").GetString()));
        Assert.Equal(1, await YellowAsync(Warned, dayBefore));

        await fixture.DeliverToInboxAsync([.. SignOff(plan, dayBefore)]);
        await fixture.SweepAsync(due.AddDays(5));

        Assert.Empty(await fixture.OpenAlarmsAsync(accepted.CaseId));
        var resolved = Assert.Single((await Supervisor().OkBodyAsync($"/api/supervision/alarms?caseId={accepted.CaseId}&state=resolved"))
            .Items().EnumerateArray());
        Assert.Equal(("sign-off-warning", "system"), (resolved.GetProperty("kind").GetString(), resolved.GetProperty("resolvedBy").GetString()));
    }

    [Fact]
    public async Task The_warning_follows_the_handling_regions_fraction_rule()
    {
        const string Fraction = "350926113000";
        var rules = await Supervisor().PutAsJsonAsync($"/api/supervision/rules/{Fraction}",
            new { warnWorkingDays = 0, warnFraction = 0.5m, signOffWorkingDays = 4 });
        await rules.OkAsync();
        var (accepted, plan) = await OpenAsync(Fraction);
        await fixture.DeliverToInboxAsync([.. ApproveAll(plan, D(2))]); // due Sep 8: 4 working days, half used on Sep 4

        await fixture.SweepAsync(D(3));
        Assert.Empty(await fixture.OpenAlarmsAsync(accepted.CaseId));
        await fixture.SweepAsync(D(4));

        var warning = Assert.Single(await fixture.OpenAlarmsAsync(accepted.CaseId));
        Assert.Equal(("sign-off-warning", "2025-09-08"), (warning.GetProperty("kind").GetString(), warning.GetProperty("dueDate").GetString()));
    }

    [Fact]
    public async Task A_sign_off_in_time_and_a_plan_without_sign_off_get_no_card()
    {
        var (signed, plan) = await OpenAsync(County);
        await fixture.DeliverToInboxAsync([.. ApproveAll(plan, D(2))]);
        await fixture.DeliverToInboxAsync([.. SignOff(plan, D(3))]);
        var (plain, noSignOff) = await OpenAsync(County, signOff: false);
        await fixture.DeliverToInboxAsync([.. ApproveAll(noSignOff, D(2))]);

        await fixture.SweepAsync(D(20));

        Assert.DoesNotContain(await fixture.OpenAlarmsAsync(signed.CaseId), a => a.GetProperty("kind").GetString()!.Contains("sign"));
        Assert.DoesNotContain(await fixture.OpenAlarmsAsync(plain.CaseId), a => a.GetProperty("kind").GetString()!.Contains("sign"));
        Assert.Equal(0, await fixture.CountAsync(
            $"SELECT count(*) FROM supervision.milestones WHERE \"CaseId\" = '{plain.CaseId}' AND \"Kind\" = 'SignOff' AND \"Armed\""));
    }

    [Fact]
    public async Task The_limit_is_the_handling_regions_rule_and_out_of_range_is_422()
    {
        const string Strict = "350926112000";
        var county = Supervisor();
        var tooLong = await county.PutAsJsonAsync($"/api/supervision/rules/{Strict}", new { signOffWorkingDays = 11 });
        Assert.Contains("signOffWorkingDays", (await tooLong.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
        await (await county.PutAsJsonAsync($"/api/supervision/rules/{Strict}", new { signOffWorkingDays = 1 })).OkAsync();
        var (accepted, plan) = await OpenAsync(Strict);
        await fixture.DeliverToInboxAsync([.. ApproveAll(plan, D(2))]);

        await fixture.SweepAsync(D(4));

        var card = Assert.Single(await fixture.OpenAlarmsAsync(accepted.CaseId));
        Assert.Equal(("sign-off-deadline", "2025-09-03"), (card.GetProperty("kind").GetString(), card.GetProperty("dueDate").GetString()));
    }

    /// <summary>A case accepted on Sep 1 under <paramref name="handling"/> and approval's plan for it: one department,
    /// which holds the final sign-off when the plan needs one.</summary>
    private async Task<(CaseAccepted, ReviewCase)> OpenAsync(string handling, bool signOff = true)
    {
        var a = Accepted(D(1), 20, handling);
        var plan = ReviewCase.Open(new AcceptedCase(a.CaseId, a.CaseNumber, a.MatterCode, a.MatterName, a.ImplementationCode,
                a.ImplementationVersion, a.HandlingOrgUnitId, a.HandlingDivision, a.SubmittedAtOrgUnitId, a.SubmittedAtDivision,
                new Holder("person", "陈美华", "350926********0020", "digest", null), a.AcceptedAt, a.AcceptedOn, a.DueDate),
            [new PlannedDepartment("dep-scjg", "市场监管局", 10, signOff, WorkingDayCalendar.China.AddWorkingDays(D(1), 10))],
            At(D(1), 10), new ReviewRules(0, signOff));
        await fixture.DeliverAsync(a, ReviewEvents.Opened(plan));
        return (a, plan);
    }

    private static IReadOnlyList<object> ApproveAll(ReviewCase plan, DateOnly on) => plan.Tasks.SelectMany(t =>
        ReviewEvents.Of(plan, Assert.IsType<DecisionOutcome.Recorded>(plan.Decide(t.Id,
            new DepartmentDecision(ReviewDecision.Approve, null, null), Reviewer, At(on, 11))))).ToList();

    private static IReadOnlyList<object> SignOff(ReviewCase plan, DateOnly on) => Assert.IsType<ActionOutcome.Done>(
        plan.Apply(plan.Tasks[0].Id, new ReviewCommand.SignOff("同意"), Reviewer, WorkingDayCalendar.China, At(on, 10))).Events;

    private static readonly Reviewer Reviewer = new("chief-scjg", "林首代");

    /// <summary>The region's daily yellow counter, its queued deltas folded first.</summary>
    private async Task<long> YellowAsync(string division, DateOnly day)
    {
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
            await CountFold.AllAsync(scope.ServiceProvider.GetRequiredService<SupervisionDbContext>(), CancellationToken.None);
        return await fixture.CountAsync($"""
            SELECT coalesce(sum("Yellow"), 0) FROM supervision.daily_counts WHERE "HandlingDivision" = '{division}' AND "Day" = '{day:yyyy-MM-dd}'
            """);
    }

    private HttpClient Supervisor() => fixture.Host.CreateClient("supervisor-county");

    private static DateOnly D(int day) => new(2025, 9, day);
}
