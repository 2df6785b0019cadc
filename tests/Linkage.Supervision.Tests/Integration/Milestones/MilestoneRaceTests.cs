using Linkage.Supervision.Domain;
using Linkage.Supervision.Messaging;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>A step's start and end are handled on two endpoints at once (CaseSubmitted and CaseAccepted): the end,
/// arriving while the start's row is not yet committed, waits for it and completes that row instead of failing on the
/// key and running its delivery again (decision 0608).</summary>
public sealed class MilestoneRaceTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    [Fact]
    public async Task The_end_of_a_step_waits_for_its_uncommitted_start_and_completes_the_same_row()
    {
        var caseId = Guid.CreateVersion7();
        var (submittedAt, acceptedAt) = (At(new DateOnly(2025, 9, 1), 9), At(new DateOnly(2025, 9, 2), 10));
        await using var startScope = fixture.Host.Services.CreateAsyncScope();
        var start = startScope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        await using var endScope = fixture.Host.Services.CreateAsyncScope();
        var end = endScope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        var (startSaved, release) = (new TaskCompletionSource(), new TaskCompletionSource());

        var starting = start.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var tx = await start.Database.BeginTransactionAsync();
            await Milestones.StartAsync(start, caseId, MilestoneKind.Acceptance, "350926000000-20250901-000001", new StepOwner(County, "", "", ""), submittedAt,
                new DateOnly(2025, 9, 8), submittedAt, CancellationToken.None);
            await start.SaveChangesAsync(); // the start's row, not committed yet
            startSaved.TrySetResult();
            await release.Task;
            await tx.CommitAsync();
        });
        await startSaved.Task;
        var completing = end.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var tx = await end.Database.BeginTransactionAsync();
            await Milestones.CompleteAsync(end, caseId, MilestoneKind.Acceptance, "accepted", acceptedAt, CancellationToken.None);
            await end.SaveChangesAsync();
            await tx.CommitAsync();
        });
        await Task.Delay(1000);
        Assert.False(completing.IsCompleted, "the end waits on the start's uncommitted row");

        release.SetResult();
        await starting;
        await completing; // before 0608: 23505 on PK_milestones

        var row = await end.Milestones.AsNoTracking().SingleAsync(m => m.CaseId == caseId);
        Assert.Equal((submittedAt, acceptedAt, "accepted"), (row.StartedAt, row.DoneAt, row.Outcome));
        Assert.Equal(new DateOnly(2025, 9, 8), row.Deadline);
    }
}
