using Linkage.Supervision.Domain;
using Linkage.Supervision.Messaging;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>A round's milestone changes are at most two statements whatever their number (decision 0676): one puts in place
/// and locks every row the round touches, one writes the changed rows back; none compares a row version. The changes apply
/// in the round's order; the rows the round puts in go in as it leaves them, with nothing to write back (0751).</summary>
public sealed class MilestoneStatementTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private const string Take = "WITH put AS (%INSERT INTO supervision.milestones AS m%";
    private const string WriteBack = "UPDATE supervision.milestones AS m SET%";

    [Fact]
    public async Task The_new_steps_of_a_round_go_in_with_its_changes_in_one_statement()
    {
        var (startedAt, issuedAt) = (At(new DateOnly(2025, 9, 1), 9), At(new DateOnly(2025, 9, 2), 10));
        var cases = Enumerable.Range(0, 4).Select(_ => Guid.CreateVersion7()).ToList();
        var owner = new StepOwner(County, "ou-round", "000121010000", "ou-round");
        var (takes, writes) = (await CallsAsync(Take), await CallsAsync(WriteBack));

        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            var steps = new MilestoneChanges();
            foreach (var id in cases)
            {
                steps.Start(id, MilestoneKind.Issuance, $"N-{id:N}"[..20], owner, startedAt, new DateOnly(2025, 9, 11));
                steps.Start(id, MilestoneKind.Delivery, $"N-{id:N}"[..20], owner, startedAt, new DateOnly(2025, 9, 11));
                steps.Complete(id, MilestoneKind.Issuance, "issued", issuedAt);
                steps.Complete(id, MilestoneKind.Issuance, "reissued", issuedAt.AddDays(1)); // later in the round: the first end counts
                steps.Arm(id, MilestoneKind.Delivery);
            }
            await steps.ApplyAsync(db, issuedAt, CancellationToken.None);
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        });

        Assert.Equal((takes + 1, writes), (await CallsAsync(Take), await CallsAsync(WriteBack)));
        var rows = await db.Milestones.AsNoTracking().Where(m => cases.Contains(m.CaseId)).ToListAsync();
        Assert.Equal(8, rows.Count);
        Assert.All(rows.Where(r => r.Kind == MilestoneKind.Issuance), r => Assert.Equal((startedAt, issuedAt, "issued"), (r.StartedAt, r.DoneAt, r.Outcome)));
        Assert.All(rows.Where(r => r.Kind == MilestoneKind.Delivery), r => Assert.Equal((true, new DateOnly(2025, 9, 2)), (r.Armed, r.NextCheckOn)));
    }

    [Fact]
    public async Task Milestone_changes_outside_a_transaction_are_refused()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        var steps = new MilestoneChanges();
        steps.Arm(Guid.CreateVersion7(), MilestoneKind.Issuance);
        await Assert.ThrowsAsync<InvalidOperationException>(() => steps.ApplyAsync(db, DateTimeOffset.UtcNow, CancellationToken.None));
    }

    private Task<long> CallsAsync(string like) => StatementCalls.OfAsync(fixture.Host.ConnectionString, like);
}
