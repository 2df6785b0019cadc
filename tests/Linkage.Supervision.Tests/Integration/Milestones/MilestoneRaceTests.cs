using Linkage.Supervision.Domain;
using Linkage.Supervision.Messaging;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>A step's start and end are handled on two endpoints at once (CaseSubmitted and CaseAccepted): the end,
/// arriving while the start's row is not yet committed, waits for it and completes that row instead of failing on the
/// key and running its delivery again (decision 0608), also as CaseAccepted's consumer applies it in a round (0676).</summary>
public sealed class MilestoneRaceTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private static readonly DateOnly Deadline = new(2025, 9, 8);
    private static readonly DateTimeOffset SubmittedAt = At(new DateOnly(2025, 9, 1), 9);

    /// <summary>The step's start saved in a transaction left open until <c>release</c>; <c>holder</c> is its backend.</summary>
    private sealed record HeldStart(Task<int> Holder, TaskCompletionSource Release, Task Committed);

    private HeldStart HoldStart(SupervisionDbContext start, Guid caseId, string caseNumber, StepOwner owner)
    {
        var (saved, release) = (new TaskCompletionSource<int>(), new TaskCompletionSource());
        var committed = start.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var tx = await start.Database.BeginTransactionAsync();
            var steps = new MilestoneChanges();
            steps.Start(caseId, MilestoneKind.Acceptance, caseNumber, owner, SubmittedAt, Deadline);
            await steps.ApplyAsync(start, SubmittedAt, CancellationToken.None);
            await start.SaveChangesAsync(); // the start's row, not committed yet
            saved.TrySetResult(await start.Database.SqlQueryRaw<int>("SELECT pg_backend_pid() AS \"Value\"").SingleAsync());
            await release.Task;
            await tx.CommitAsync();
        });
        return new HeldStart(saved.Task, release, committed);
    }

    [Fact]
    public async Task The_end_of_a_step_waits_for_its_uncommitted_start_and_completes_the_same_row()
    {
        var caseId = Guid.CreateVersion7();
        var acceptedAt = At(new DateOnly(2025, 9, 2), 10);
        await using var startScope = fixture.Host.Services.CreateAsyncScope();
        var start = startScope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        await using var endScope = fixture.Host.Services.CreateAsyncScope();
        var end = endScope.ServiceProvider.GetRequiredService<SupervisionDbContext>();

        var held = HoldStart(start, caseId, "350926000000-20250901-000001", new StepOwner(County, "", "", ""));
        await held.Holder;
        var completing = end.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var tx = await end.Database.BeginTransactionAsync();
            var steps = new MilestoneChanges();
            steps.Complete(caseId, MilestoneKind.Acceptance, "accepted", acceptedAt);
            await steps.ApplyAsync(end, acceptedAt, CancellationToken.None);
            await end.SaveChangesAsync();
            await tx.CommitAsync();
        });
        await Task.Delay(1000);
        Assert.False(completing.IsCompleted, "the end waits on the start's uncommitted row");

        held.Release.SetResult();
        await held.Committed;
        await completing; // before 0608: 23505 on PK_milestones

        var row = await end.Milestones.AsNoTracking().SingleAsync(m => m.CaseId == caseId);
        Assert.Equal((SubmittedAt, acceptedAt, "accepted"), (row.StartedAt, row.DoneAt, row.Outcome));
        Assert.Equal(Deadline, row.Deadline);
    }

    [Fact]
    public async Task An_acceptance_applied_in_one_batch_waits_for_the_uncommitted_start_and_counts_the_case_once()
    {
        var unit = "ou-batch-" + Guid.NewGuid().ToString("N")[..8];
        var accepted = Accepted(new DateOnly(2025, 9, 2), 20) with { HandlingOrgUnitId = unit };
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var start = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        var held = HoldStart(start, accepted.CaseId, accepted.CaseNumber, new StepOwner(County, unit, accepted.MatterCode, ""));
        var holder = await held.Holder;

        var messageId = Guid.NewGuid();
        await fixture.PublishAsync(accepted, messageId);
        var taken = $"SELECT count(*) FROM supervision.inbox_messages WHERE message_id = '{messageId}'";
        await fixture.Host.Eventually(async () =>
            await fixture.CountAsync($"SELECT count(*) FROM pg_stat_activity WHERE {holder} = ANY(pg_blocking_pids(pid))") > 0);
        Assert.Equal(0, await fixture.CountAsync(taken)); // waiting on the start's row, nothing of it committed

        held.Release.SetResult();
        await held.Committed;
        await fixture.Host.Eventually(async () => await fixture.CountAsync(taken) == 1);

        var row = await start.Milestones.AsNoTracking().SingleAsync(m => m.CaseId == accepted.CaseId);
        Assert.Equal((SubmittedAt, accepted.AcceptedAt, "accepted"), (row.StartedAt, row.DoneAt, row.Outcome));
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM supervision.cases WHERE \"Id\" = '{accepted.CaseId}'"));
        await CountFold.AllAsync(start, CancellationToken.None);
        Assert.Equal(1, await fixture.CountAsync(
            $"SELECT coalesce(sum(\"Received\"), 0) FROM supervision.daily_counts WHERE \"HandlingOrgUnitId\" = '{unit}'"));
    }
}
