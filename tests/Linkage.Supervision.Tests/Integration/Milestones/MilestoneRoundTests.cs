using Linkage.Contracts.Events.Approval;
using Linkage.Contracts.Events.Certificates;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Messaging;
using Linkage.Supervision.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>The steps' events applied in rounds on their row as it is (decision 0676): two endpoints changing one step at
/// once both land, the second after the first's commit; a repeated message changes nothing twice.</summary>
public sealed class MilestoneRoundTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private static readonly DateOnly Deadline = new(2025, 9, 11);

    [Fact]
    public async Task A_late_licence_racing_its_decision_waits_for_the_start_and_raises_the_trigger_once()
    {
        var caseId = Guid.CreateVersion7();
        var (approvedAt, issuedAt) = (At(new DateOnly(2025, 9, 1), 15), At(new DateOnly(2025, 9, 15), 10));

        await EndWhileStartIsHeldAsync(caseId, approvedAt, issuedAt, _ => Task.CompletedTask); // no DbUpdateConcurrencyException

        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        var row = await db.Milestones.AsNoTracking().SingleAsync(m => m.CaseId == caseId);
        Assert.Equal((approvedAt, Deadline, issuedAt, "issued"), (row.StartedAt, row.Deadline, row.DoneAt, row.Outcome));
        var cards = await db.Alarms.AsNoTracking().Where(a => a.CaseId == caseId).Select(a => a.Kind).ToListAsync();
        Assert.Equal([AlarmKind.IssuedLate], cards); // judged by the end, on the row as the start left it
    }

    [Fact]
    public async Task A_card_committed_while_the_end_waits_at_the_steps_row_is_read_with_the_write_back_and_resolved()
    {
        var caseId = Guid.CreateVersion7();
        var (approvedAt, issuedAt) = (At(new DateOnly(2025, 9, 1), 15), At(new DateOnly(2025, 9, 12), 10));

        await EndWhileStartIsHeldAsync(caseId, approvedAt, issuedAt, async hold => // as the sweep, holding the row (decision 0735)
        {
            var step = await hold.Milestones.AsNoTracking().SingleAsync(m => m.CaseId == caseId && m.Kind == MilestoneKind.Issuance);
            hold.Alarms.Add(Alarm.Milestone(step, step.OverdueCard!.Value, Deadline.AddDays(1), issuedAt.AddHours(-1)));
        });

        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        var cards = await db.Alarms.AsNoTracking().Where(a => a.CaseId == caseId).ToListAsync();
        var card = Assert.Single(cards, c => c.Kind == AlarmKind.IssueDeadline);
        Assert.Equal((Alarm.System, "issued"), (card.ResolvedBy, card.Note));
        Assert.Contains(cards, c => c.Kind == AlarmKind.IssuedLate);
        var row = await db.Milestones.AsNoTracking().SingleAsync(m => m.CaseId == caseId && m.Kind == MilestoneKind.Issuance);
        Assert.Equal((issuedAt, "issued"), (row.DoneAt, row.Outcome));
    }

    /// <summary>The issuance step started (and <paramref name="alsoHeld"/> saved with it) in a transaction left open until
    /// the step's end, applied at <paramref name="issuedAt"/> in another, waits at its row; then both commit.</summary>
    private async Task EndWhileStartIsHeldAsync(Guid caseId, DateTimeOffset approvedAt, DateTimeOffset issuedAt, Func<SupervisionDbContext, Task> alsoHeld)
    {
        await using var startScope = fixture.Host.Services.CreateAsyncScope();
        var start = startScope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        await using var endScope = fixture.Host.Services.CreateAsyncScope();
        var end = endScope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        var (holder, release) = (new TaskCompletionSource<int>(), new TaskCompletionSource());

        var started = start.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var tx = await start.Database.BeginTransactionAsync();
            var steps = new MilestoneChanges();
            steps.Start(caseId, MilestoneKind.Issuance, "350926000000-20250901-000009", new StepOwner(County, "ou-race", "000121010000", "ou-race"),
                approvedAt, Deadline);
            await steps.ApplyAsync(start, approvedAt, CancellationToken.None);
            await alsoHeld(start);
            await start.SaveChangesAsync();
            holder.TrySetResult(await start.Database.SqlQueryRaw<int>("SELECT pg_backend_pid() AS \"Value\"").SingleAsync());
            await release.Task;
            await tx.CommitAsync();
        });
        var pid = await holder.Task;
        var ended = end.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var tx = await end.Database.BeginTransactionAsync();
            var steps = new MilestoneChanges();
            steps.Complete(caseId, MilestoneKind.Issuance, "issued", issuedAt);
            await steps.ApplyAsync(end, issuedAt, CancellationToken.None);
            await end.SaveChangesAsync();
            await tx.CommitAsync();
        });
        await fixture.Host.Eventually(async () =>
            await fixture.CountAsync($"SELECT count(*) FROM pg_stat_activity WHERE {pid} = ANY(pg_blocking_pids(pid))") > 0);

        release.SetResult(); // what the start saved commits while the end waits for its row
        await started;
        await ended;
    }

    [Fact]
    public async Task Licences_of_many_cases_at_once_each_end_their_step_once_racing_their_arming()
    {
        var approved = Enumerable.Range(0, 6).Select(_ => Approved()).ToArray();
        await fixture.DeliverToInboxAsync(approved);
        var bus = fixture.Host.Services.GetRequiredService<IBus>();
        var ids = new List<Guid>();
        async Task Publish(object message, Guid? again = null)
        {
            var id = again ?? Guid.NewGuid();
            if (again is null) ids.Add(id);
            await bus.Publish(message, message.GetType(), c => c.MessageId = id);
        }
        async Task AllTaken()
        {
            var taken = $"SELECT count(*) FROM supervision.inbox_messages WHERE message_id IN ('{string.Join("','", ids)}')";
            await fixture.Host.Eventually(async () => await fixture.CountAsync(taken) == ids.Count, TimeSpan.FromSeconds(120));
        }
        foreach (var a in approved)
        {
            await Publish(new LicenceDue(a.CaseId, a.CaseNumber, County, a.ApprovedAt)); // on its own queue, racing the licence
            await Publish(Issued(a, new DateOnly(2025, 9, 15)));
        }
        await Publish(Issued(approved[0], new DateOnly(2025, 9, 15)), again: ids[1]); // the first licence's message again
        await AllTaken();
        foreach (var a in approved) await Publish(Issued(a, new DateOnly(2025, 9, 16))); // re-issues: the first licence counted
        await AllTaken();

        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        var caseIds = approved.Select(a => a.CaseId).ToList();
        var steps = await db.Milestones.AsNoTracking().Where(m => caseIds.Contains(m.CaseId)).ToListAsync();
        Assert.All(steps.Where(s => s.Kind == MilestoneKind.Issuance), s =>
            Assert.Equal((true, At(new DateOnly(2025, 9, 15), 10), "issued", (DateOnly?)null), (s.Armed, s.DoneAt!.Value, s.Outcome, s.NextCheckOn)));
        Assert.All(steps.Where(s => s.Kind == MilestoneKind.Delivery), s => Assert.True(s.Armed && s.IsStarted && !s.IsDone));
        Assert.All(steps.Where(s => s.Kind == MilestoneKind.SignOff), s => Assert.True(s.IsDone && !s.IsStarted)); // the approval's end, kept (0631)
        Assert.Equal(18, steps.Count);
        var late = await db.Alarms.AsNoTracking().Where(a => caseIds.Contains(a.CaseId)).GroupBy(a => a.CaseId)
            .Select(g => g.Count(a => a.Kind == AlarmKind.IssuedLate)).ToListAsync();
        Assert.Equal(Enumerable.Repeat(1, 6), late); // one trigger a case: the licence issued on Sep 15 against Sep 11
    }

    private static CaseApproved Approved() => new(Guid.NewGuid(),
        $"{County}-20250901-{Random.Shared.Next(1, 999_999):D6}", "000121010000", "食品经营许可", "11350926MB0000000X000121010000", 1,
        $"ou-{County}", County, $"ou-{Village}", "陈美华", "350926********0020", "digest", At(new DateOnly(2025, 9, 1), 15));

    private static CertificateIssued Issued(CaseApproved a, DateOnly on) => new(Guid.NewGuid(), $"L-{Guid.NewGuid():N}"[..20], a.CaseId,
        "食品经营许可证", a.HolderName, "11350926MB0000000X", on, null, At(on, 10));
}
