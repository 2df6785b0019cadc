using Linkage.Contracts.Events.Intake;
using Linkage.Supervision.Messaging;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>Completions applied a round at a time on their rows under the rows' lock (decision 0690): a repeated round
/// changes nothing twice, a case met twice in a round counts its first completion, and two rounds sharing a case both land,
/// the second after the first's commit.</summary>
public sealed class CompletionRoundTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private static readonly DateOnly AcceptedOn = new(2025, 9, 1);

    [Fact]
    public async Task Completions_sent_again_under_their_ids_or_new_ones_are_applied_once()
    {
        var (unit, accepted) = Cases(4);
        await fixture.DeliverAsync(accepted);
        var completed = accepted.Select(a => (Id: Guid.NewGuid(), Event: Completed(a, AcceptedOn.AddDays(3)))).ToList();
        foreach (var (id, e) in completed) await fixture.PublishAsync(e, id);
        await fixture.Host.Eventually(async () => await CompletedEntriesAsync(accepted) == 4, TimeSpan.FromSeconds(60));

        foreach (var (id, e) in completed) await fixture.PublishAsync(e, id); // a round of repeats fails on its inbox rows; each found applied
        var again = completed.Select(c => Guid.NewGuid()).ToList(); // the same completions under new ids: already completed, nothing counted
        for (var i = 0; i < again.Count; i++) await fixture.PublishAsync(completed[i].Event with { Outcome = "refused" }, again[i]);
        await fixture.Host.Eventually(async () => await fixture.CountAsync(
            $"SELECT count(*) FROM supervision.inbox_messages WHERE message_id IN ('{string.Join("','", again)}')") == 4, TimeSpan.FromSeconds(60));

        Assert.Equal(4, await CompletedEntriesAsync(accepted));
        Assert.Equal(4, await CompletedTallyAsync(unit));
        Assert.Equal(4, await fixture.CountAsync($"""
            SELECT count(*) FROM supervision.cases WHERE "Outcome" = 'approved' AND "HandlingOrgUnitId" = '{unit}'
            """));
    }

    [Fact]
    public async Task A_round_with_two_completions_of_a_case_counts_the_first_also_for_a_case_not_watched_yet()
    {
        var (unit, accepted) = Cases(1);
        await fixture.DeliverAsync(accepted);
        var instant = Instant(AcceptedOn) with { HandlingOrgUnitId = unit };
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();

        await RoundAsync(db, Completed(accepted[0], AcceptedOn.AddDays(2)), instant,
            Completed(accepted[0], AcceptedOn.AddDays(30), "refused"), instant with { CompletedAt = At(AcceptedOn, 17) });

        var cases = await db.Cases.AsNoTracking().Where(c => c.Id == accepted[0].CaseId || c.Id == instant.CaseId).ToListAsync();
        Assert.All(cases, c => Assert.Single(c.Timeline, e => e.Kind == Domain.TimelineEntryKind.Completed));
        var first = cases.Single(c => c.Id == accepted[0].CaseId);
        Assert.Equal(("approved", AcceptedOn.AddDays(2), true, (DateOnly?)null), (first.Outcome, first.CompletedOn, first.OnTime, first.NextCheckOn)); // no card: settled (0782)
        Assert.True(cases.Single(c => c.Id == instant.CaseId).Instant);
        Assert.Equal(2, await CompletedTallyAsync(unit));
    }

    [Fact]
    public async Task Two_rounds_sharing_a_case_both_land_the_second_after_the_first_commits()
    {
        var (unit, accepted) = Cases(3);
        await fixture.DeliverAsync(accepted);
        await using var firstScope = fixture.Host.Services.CreateAsyncScope();
        var firstDb = firstScope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        await using var secondScope = fixture.Host.Services.CreateAsyncScope();
        var secondDb = secondScope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        var (holder, release) = (new TaskCompletionSource<int>(), new TaskCompletionSource());

        var first = RoundAsync(firstDb, async () =>
        {
            holder.TrySetResult(await firstDb.Database.SqlQueryRaw<int>("SELECT pg_backend_pid() AS \"Value\"").SingleAsync());
            await release.Task;
        }, Completed(accepted[0], AcceptedOn.AddDays(2)), Completed(accepted[1], AcceptedOn.AddDays(2)));
        var pid = await holder.Task;
        var second = RoundAsync(secondDb, Completed(accepted[2], AcceptedOn.AddDays(40)), Completed(accepted[1], AcceptedOn.AddDays(40), "refused"));
        await fixture.Host.Eventually(async () =>
            await fixture.CountAsync($"SELECT count(*) FROM pg_stat_activity WHERE {pid} = ANY(pg_blocking_pids(pid))") > 0);

        release.SetResult();
        await first;
        await second; // no failure: the second took the shared case after the first's commit and found it completed

        var cases = await secondDb.Cases.AsNoTracking().Where(c => accepted.Select(a => a.CaseId).Contains(c.Id)).ToListAsync();
        Assert.All(cases, c => Assert.Single(c.Timeline, e => e.Kind == Domain.TimelineEntryKind.Completed));
        Assert.Equal(["approved", "approved", "approved"], accepted.Select(a => cases.Single(c => c.Id == a.CaseId).Outcome));
        Assert.Equal([true, true, false], accepted.Select(a => cases.Single(c => c.Id == a.CaseId).OnTime));
        Assert.Equal(3, await CompletedTallyAsync(unit));
    }

    private static (string Unit, CaseAccepted[] Accepted) Cases(int count)
    {
        var unit = "ou-done-" + Guid.NewGuid().ToString("N")[..8];
        return (unit, [.. Enumerable.Range(0, count).Select(_ => Accepted(AcceptedOn, 20) with { HandlingOrgUnitId = unit })]);
    }

    private static Task RoundAsync(SupervisionDbContext db, params CaseCompleted[] messages) => RoundAsync(db, () => Task.CompletedTask, messages);

    /// <summary>A round as the consumer runs it: its completions queued in delivery order, applied, saved and committed in
    /// one transaction; <paramref name="beforeCommit"/> holds it open.</summary>
    private static Task RoundAsync(SupervisionDbContext db, Func<Task> beforeCommit, params CaseCompleted[] messages) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync();
            var completions = new CaseCompletions();
            foreach (var m in messages) completions.Add(m);
            await completions.ApplyAsync(db, CancellationToken.None);
            await db.SaveChangesAsync();
            await beforeCommit();
            await tx.CommitAsync();
        });

    private Task<long> CompletedEntriesAsync(CaseAccepted[] accepted) => fixture.CountAsync($"""
        SELECT count(*) FROM supervision.timeline_entries
        WHERE "Kind" = 'Completed' AND "CaseId" IN ('{string.Join("','", accepted.Select(a => a.CaseId))}')
        """);

    /// <summary>The completions counted under the unit, folded or not.</summary>
    private Task<long> CompletedTallyAsync(string unit) => fixture.CountAsync($"""
        SELECT coalesce(sum(n), 0)::bigint FROM (
            SELECT "Completed" AS n FROM supervision.count_deltas WHERE "HandlingOrgUnitId" = '{unit}'
            UNION ALL SELECT "Completed" FROM supervision.daily_counts WHERE "HandlingOrgUnitId" = '{unit}') t
        """);
}
