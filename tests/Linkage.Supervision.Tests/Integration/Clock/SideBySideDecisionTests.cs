using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Linkage.Supervision.Tests.ApprovalEvents;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>The departments of a case decide side by side (0650), and supervision reads their decisions without the case
/// row and takes it only for the decision's turn at the end (decision 0666). Held up behind a sweep that claimed the case
/// and writes a later next check, the three decisions of a case, each sent twice under new ids, all arrive at once. Run
/// in the case's turns in the host (0755) and with them off, where the deliveries meet on the row locks alone, as in a
/// split deployment's processes.</summary>
public abstract class SideBySideDecisionTests(SupervisionHostFixture fixture)
{
    private const string Town = "350926104000";

    [Fact]
    public async Task Three_departments_deciding_at_once_behind_a_sweep_are_each_recorded_and_counted_once_and_the_case_is_looked_at_again()
    {
        Assert.Equal(fixture.CaseTurns, fixture.Host.Services.GetRequiredService<CaseTurns>().Enabled);
        var (accepted, opened, departments) = await OpenedAsync();
        var decisions = departments.SelectMany(d => new[] { Decided(opened, d, D(4)), Decided(opened, d, D(4)) })
            .Select(m => (Message: m, Id: Guid.NewGuid())).ToList();

        // the sweep's claim, and its next check worked out from steps it read before any decision
        await HoldWhileWaitedForAsync(accepted.CaseId, "FOR NO KEY UPDATE", () => Task.WhenAll(decisions.Select(d => fixture.PublishAsync(d.Message, d.Id))),
            D(13));
        await AppliedAsync(decisions.Select(d => d.Id));

        Assert.Equal(3, await StepsDecidedAsync(accepted));
        Assert.Equal(3, await fixture.CountAsync(
            $"SELECT count(*) FROM supervision.timeline_entries WHERE \"CaseId\" = '{accepted.CaseId}' AND \"Kind\" = 'StepDecided'"));
        var byDepartment = await fixture.Host.CreateClient("supervisor-county")
            .OkBodyAsync($"/api/supervision/stats/breakdown?division={Town}&by=department&from=2025-09-01&to=2025-09-30");
        foreach (var department in departments)
            Assert.Equal(1, byDepartment.EnumerateArray().Single(r => r.GetProperty("key").GetString() == department).GetProperty("completed").GetInt32());
        Assert.Equal(D(13), await fixture.NextCheckOnAsync(accepted.CaseId)); // no open card: the pass's check stands (0782)
        await fixture.SweepAsync(D(13));
        Assert.Empty(await fixture.OpenAlarmsAsync(accepted.CaseId)); // past the steps' deadline, every step decided
    }

    [Fact]
    public async Task Decisions_of_a_case_the_sweep_looks_at_next_share_it_and_land_while_a_sibling_holds_its_turn()
    {
        var (accepted, opened, departments) = await OpenedAsync();
        var decisions = departments.Select(d => (Message: Decided(opened, d, D(4)), Id: Guid.NewGuid())).ToList();

        await using (var sibling = new NpgsqlConnection(fixture.Host.ConnectionString))
        {
            await sibling.OpenAsync();
            await using var tx = await sibling.BeginTransactionAsync();
            // a decision in its turn on the case, which is due since the review's opening (decision 0691)
            await SupervisionHostFixture.ScalarAsync<int>(sibling, tx, $"""SELECT 1 FROM supervision.cases WHERE "Id" = '{accepted.CaseId}' FOR SHARE""");
            await Task.WhenAll(decisions.Select(d => fixture.PublishAsync(d.Message, d.Id)));
            await AppliedAsync(decisions.Select(d => d.Id)); // while the sibling still holds its turn
            await tx.CommitAsync();
        }

        Assert.Equal(3, await StepsDecidedAsync(accepted));
        Assert.Equal(SupervisedCase.CheckNow, await fixture.NextCheckOnAsync(accepted.CaseId));
    }

    [Fact]
    public async Task A_decision_that_must_make_the_case_due_lets_go_of_the_shared_row_so_a_sibling_marking_it_too_does_not_deadlock()
    {
        var (accepted, opened, departments) = await OpenedAsync();
        await fixture.SweepAsync(D(13)); // a pass looked: the steps' red cards, and a later check
        Assert.True(await fixture.NextCheckOnAsync(accepted.CaseId) > D(13));
        var decision = (Message: Decided(opened, departments[0], D(13)), Id: Guid.NewGuid());

        // a sibling in its turn marks the case: it would wait for the decision's share of the row, which waits for its own
        await HoldWhileWaitedForAsync(accepted.CaseId, "FOR SHARE", () => fixture.PublishAsync(decision.Message, decision.Id), SupervisedCase.CheckNow);
        await AppliedAsync([decision.Id]);

        Assert.Equal(1, await StepsDecidedAsync(accepted));
        Assert.Equal(SupervisedCase.CheckNow, await fixture.NextCheckOnAsync(accepted.CaseId));
        await fixture.SweepAsync(D(13));
        Assert.Equal(2, (await fixture.OpenAlarmsAsync(accepted.CaseId)).Count); // the decided step's card resolved
    }

    [Fact]
    public async Task A_decision_on_a_case_without_an_open_card_leaves_the_check_a_pass_wrote_and_one_with_a_card_makes_it_due()
    {
        var (accepted, opened, departments) = await OpenedAsync();
        await fixture.ExecuteAsync($"""UPDATE supervision.cases SET "NextCheckOn" = DATE '2025-09-13' WHERE "Id" = '{accepted.CaseId}'"""); // a pass looked
        await fixture.DeliverAsync(Decided(opened, departments[0], D(4)));
        Assert.Equal(D(13), await fixture.NextCheckOnAsync(accepted.CaseId)); // a decided step only moves the check later (0782)

        await fixture.SweepAsync(D(13)); // the two undecided steps are late: their cards, and a later check
        Assert.Equal(2, (await fixture.OpenAlarmsAsync(accepted.CaseId)).Count);
        await fixture.DeliverAsync(Decided(opened, departments[1], D(13)));
        Assert.Equal(SupervisedCase.CheckNow, await fixture.NextCheckOnAsync(accepted.CaseId));
        await fixture.SweepAsync(D(13));
        var open = Assert.Single(await fixture.OpenAlarmsAsync(accepted.CaseId));
        Assert.Equal(departments[2], open.GetProperty("departmentId").GetString());
    }

    /// <summary>A transaction of the test's takes the case row (<paramref name="lockClause"/>), <paramref name="publish"/>es,
    /// waits until a delivery waits for it, then writes the case's next check and commits.</summary>
    private async Task HoldWhileWaitedForAsync(Guid caseId, string lockClause, Func<Task> publish, DateOnly nextCheck)
    {
        await using var holder = new NpgsqlConnection(fixture.Host.ConnectionString);
        await holder.OpenAsync();
        await using var tx = await holder.BeginTransactionAsync();
        var pid = await SupervisionHostFixture.ScalarAsync<int>(holder, tx, "SELECT pg_backend_pid()");
        await SupervisionHostFixture.ScalarAsync<int>(holder, tx, $"""SELECT 1 FROM supervision.cases WHERE "Id" = '{caseId}' {lockClause}""");
        await publish();
        await fixture.Host.Eventually(async () =>
            await fixture.CountAsync($"SELECT count(*) FROM pg_stat_activity WHERE {pid} = ANY(pg_blocking_pids(pid))") > 0,
            TimeSpan.FromSeconds(60));
        await SupervisionHostFixture.ScalarAsync<int>(holder, tx, $"""
            WITH u AS (UPDATE supervision.cases SET "NextCheckOn" = DATE '{nextCheck:yyyy-MM-dd}' WHERE "Id" = '{caseId}' RETURNING 1)
            SELECT count(*)::int FROM u
            """);
        await tx.CommitAsync();
    }

    private async Task<(Contracts.Events.Intake.CaseAccepted Accepted, Contracts.Events.Approval.ReviewOpened Opened, string[] Departments)> OpenedAsync()
    {
        var accepted = Accepted(D(1), 20, Town, Town);
        var departments = Enumerable.Range(0, 3).Select(_ => $"dept-{Guid.NewGuid():N}"[..20]).ToArray();
        var opened = Opened(accepted, departments.Select(d => (d, D(12))).ToArray());
        await fixture.DeliverAsync(accepted);
        await fixture.DeliverAsync(opened);
        return (accepted, opened, departments);
    }

    private Task AppliedAsync(IEnumerable<Guid> ids)
    {
        var list = ids.ToList();
        var applied = $"SELECT count(*) FROM supervision.inbox_messages WHERE message_id IN ('{string.Join("','", list)}')";
        return fixture.Host.Eventually(async () => await fixture.CountAsync(applied) == list.Count, TimeSpan.FromSeconds(60));
    }

    private Task<long> StepsDecidedAsync(Contracts.Events.Intake.CaseAccepted accepted) =>
        fixture.CountAsync($"SELECT count(*) FROM supervision.steps WHERE \"CaseId\" = '{accepted.CaseId}' AND \"Decision\" = 'approved'");

    private static DateOnly D(int day) => new(2025, 9, day);
}

public sealed class SideBySideDecisionInTurnsTests(SupervisionHostFixture fixture)
    : SideBySideDecisionTests(fixture), IClassFixture<SupervisionHostFixture>;

public sealed class SideBySideDecisionWithoutTurnsTests(SupervisionHostWithoutTurnsFixture fixture)
    : SideBySideDecisionTests(fixture), IClassFixture<SupervisionHostWithoutTurnsFixture>;
