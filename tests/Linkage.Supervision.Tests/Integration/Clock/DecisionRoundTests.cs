using Linkage.Contracts.Events.Approval;
using Linkage.Contracts.Events.Intake;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Messaging;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Linkage.Supervision.Tests.ApprovalEvents;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>The departments' decisions waiting on supervision's queue are applied together (decision 0843): each step
/// decided, put on the timeline and counted once, on time or late, a message delivered twice and a decision sent again
/// under a new id included; a decision ahead of its review puts its step in, and one ahead of its case's acceptance waits
/// for it. The round's statement shares a case and makes one with an open card due, holding it alone.</summary>
public sealed class DecisionRoundTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private const string Town = "350926104000";

    [Fact]
    public async Task Two_departments_of_a_case_published_at_once_with_repeats_are_each_decided_and_counted_once()
    {
        var accepted = Accepted(D(1), 20, Town, Town);
        var (early, late) = (Department("on-time"), Department("late"));
        var opened = Opened(accepted, (early, D(5)), (late, D(5)));
        await fixture.DeliverAsync(accepted, opened);
        var (onTime, overdue) = (Decided(opened, early, D(4)), Decided(opened, late, D(9)));
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };

        await Task.WhenAll(fixture.PublishAsync(onTime, ids[0]), fixture.PublishAsync(overdue, ids[1]),
            fixture.PublishAsync(onTime, ids[0]), fixture.PublishAsync(onTime, ids[2])); // the same message, then under a new id
        await AppliedAsync(ids);

        Assert.Equal(2, await fixture.CountAsync(
            $"SELECT count(*) FROM supervision.steps WHERE \"CaseId\" = '{accepted.CaseId}' AND \"Decision\" = 'approved'"));
        Assert.Equal(2, await StepsDecidedOnTimelineAsync(accepted.CaseId));
        Assert.Equal((1, 1, 0), await CountedAsync(early));
        Assert.Equal((1, 0, 1), await CountedAsync(late));
    }

    [Fact]
    public async Task A_decision_ahead_of_its_review_puts_its_step_in_and_one_ahead_of_its_acceptance_waits_for_it()
    {
        var (watched, unwatched) = (Accepted(D(1), 20, Town, Town), Accepted(D(1), 20, Town, Town));
        var (first, second) = (Department("ahead"), Department("waits"));
        var (openedWatched, openedUnwatched) = (Opened(watched, (first, D(12))), Opened(unwatched, (second, D(12))));
        await fixture.DeliverAsync(watched);
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid() };

        await Task.WhenAll(fixture.PublishAsync(Decided(openedWatched, first, D(4)), ids[0]),
            fixture.PublishAsync(Decided(openedUnwatched, second, D(4)), ids[1]));
        await AppliedAsync(ids[..1]);
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM supervision.inbox_messages WHERE message_id = '{ids[1]}'"));
        await fixture.DeliverAsync(unwatched);
        await AppliedAsync(ids);
        await fixture.DeliverAsync(openedWatched, openedUnwatched);

        foreach (var (accepted, department) in new[] { (watched, first), (unwatched, second) })
        {
            Assert.Equal(1, await StepsDecidedOnTimelineAsync(accepted.CaseId));
            Assert.Equal((1, 1, 0), await CountedAsync(department)); // decided on its step's first day: on time
            Assert.Equal(1, await fixture.CountAsync($"""
                SELECT count(*) FROM supervision.steps
                WHERE "CaseId" = '{accepted.CaseId}' AND "Decision" = 'approved' AND "Deadline" = DATE '2025-09-12'
                """)); // the review's deadline, the later one
        }
    }

    [Fact]
    public async Task The_rounds_statement_puts_each_step_in_once_shares_a_case_without_a_card_and_returns_only_watched_cases()
    {
        var (watched, unwatched) = (Accepted(D(1), 20, Town, Town), Accepted(D(1), 20, Town, Town));
        await fixture.DeliverAsync(watched);
        var before = await fixture.NextCheckOnAsync(watched.CaseId);
        var (task, other) = (Guid.NewGuid(), Guid.NewGuid());
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();

        await InTransactionAsync(db, async tx =>
        {
            var cases = await DecisionTurns.TakeAsync(db, [
                (watched.CaseId, task, "dept-a", D(4)), (watched.CaseId, task, "dept-a", D(4)), // sent again under a new id
                (watched.CaseId, other, "dept-b", D(6)), (unwatched.CaseId, Guid.NewGuid(), "dept-a", D(4))], CancellationToken.None);

            var read = Assert.Single(cases.Values);
            Assert.Equal([("dept-a", D(4)), ("dept-b", D(6))], read.Steps.OrderBy(s => s.DepartmentId).Select(s => (s.DepartmentId, s.Deadline)));
            Assert.Equal(before, read.NextCheckOn);
            Assert.False(await LockedAsync(watched.CaseId, "FOR SHARE")); // a sibling decision shares the case
            Assert.True(await LockedAsync(watched.CaseId, "FOR NO KEY UPDATE")); // a sweep's claim does not get it
            await tx.RollbackAsync();
        });
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM supervision.steps WHERE \"CaseId\" IN ('{watched.CaseId}', '{unwatched.CaseId}')"));
    }

    [Fact]
    public async Task The_rounds_statement_makes_a_case_with_an_open_card_due_holding_it_alone()
    {
        var accepted = Accepted(D(1), 20, Town, Town);
        var opened = Opened(accepted, ("dept-a", D(5)), ("dept-b", D(5)));
        await fixture.DeliverAsync(accepted, opened);
        await fixture.SweepAsync(D(6)); // the steps' cards, and a later check
        Assert.True(await fixture.NextCheckOnAsync(accepted.CaseId) > D(6));
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        var decided = Decided(opened, "dept-a", D(6));

        await InTransactionAsync(db, async tx =>
        {
            var cases = await DecisionTurns.TakeAsync(db, [(accepted.CaseId, decided.TaskId, "dept-a", D(6))], CancellationToken.None);

            Assert.Equal(SupervisedCase.CheckNow, cases[accepted.CaseId].NextCheckOn);
            Assert.True(await LockedAsync(accepted.CaseId, "FOR SHARE"));
            await tx.CommitAsync();
        });
        Assert.Equal(SupervisedCase.CheckNow, await fixture.NextCheckOnAsync(accepted.CaseId));
    }

    /// <summary>The module's connections retry, so a transaction of the test's runs in their execution strategy.</summary>
    private static Task InTransactionAsync(SupervisionDbContext db, Func<IDbContextTransaction, Task> work) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            await work(tx);
        });

    /// <summary>Whether another transaction is refused the case's row under <paramref name="lockClause"/> at once.</summary>
    private async Task<bool> LockedAsync(Guid caseId, string lockClause)
    {
        await using var other = new NpgsqlConnection(fixture.Host.ConnectionString);
        await other.OpenAsync();
        await using var tx = await other.BeginTransactionAsync();
        try
        {
            await SupervisionHostFixture.ScalarAsync<int>(other, tx, $"""SELECT 1 FROM supervision.cases WHERE "Id" = '{caseId}' {lockClause} NOWAIT""");
            return false;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            return true;
        }
    }

    private Task AppliedAsync(IReadOnlyCollection<Guid> ids) => AppliedAsync(fixture, ids);

    private Task<long> StepsDecidedOnTimelineAsync(Guid caseId) => StepsDecidedOnTimelineAsync(fixture, caseId);

    private Task<(int Completed, int OnTime, int Late)> CountedAsync(string department) => CountedAsync(fixture, department);

    /// <summary>Waits until supervision's inbox holds every one of the messages.</summary>
    internal static Task AppliedAsync(SupervisionHostFixture fixture, IReadOnlyCollection<Guid> ids)
    {
        var applied = $"SELECT count(*) FROM supervision.inbox_messages WHERE message_id IN ('{string.Join("','", ids)}')";
        return fixture.Host.Eventually(async () => await fixture.CountAsync(applied) == ids.Count, TimeSpan.FromSeconds(120));
    }

    internal static Task<long> StepsDecidedOnTimelineAsync(SupervisionHostFixture fixture, Guid caseId) => fixture.CountAsync(
        $"SELECT count(*) FROM supervision.timeline_entries WHERE \"CaseId\" = '{caseId}' AND \"Kind\" = 'StepDecided'");

    /// <summary>The department's completed, on-time and late tasks, as the breakdown by department shows them.</summary>
    internal static async Task<(int Completed, int OnTime, int Late)> CountedAsync(SupervisionHostFixture fixture, string department)
    {
        var rows = await fixture.Host.CreateClient("supervisor-county")
            .OkBodyAsync($"/api/supervision/stats/breakdown?division={Town}&by=department&from=2025-09-01&to=2025-09-30");
        var row = rows.EnumerateArray().Single(r => r.GetProperty("key").GetString() == department);
        return (row.GetProperty("completed").GetInt32(), row.GetProperty("onTime").GetInt32(), row.GetProperty("completedLate").GetInt32());
    }

    internal static string Department(string tag) => $"dept-{tag}-{Guid.NewGuid():N}"[..20];

    internal static DateOnly D(int day) => new(2025, 9, day);
}
