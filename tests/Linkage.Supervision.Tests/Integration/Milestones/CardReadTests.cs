using Linkage.Supervision.Domain;
using Linkage.Supervision.Messaging;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>The open cards of a round's ended steps, read with Npgsql alone and tracked with the version they were read
/// at (decision 0845): the round's save resolves a card as it was read, and fails on a card changed after the read, as
/// it did when EF's query read it.</summary>
public sealed class CardReadTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private static readonly DateOnly Day = new(2025, 9, 1), Deadline = new(2025, 9, 11);

    [Fact]
    public async Task An_ended_steps_open_card_is_resolved_at_the_version_it_was_read()
    {
        var (db, tx, card) = await EndedAsync();
        await using var _ = db;
        await using var __ = tx;

        var read = Assert.Single(db.ChangeTracker.Entries<Alarm>());
        Assert.Equal((card, EntityState.Modified), (read.Entity.Id, read.State));
        await db.SaveChangesAsync();
        await tx.CommitAsync();

        Assert.Equal(1, await fixture.CountAsync(
            $"SELECT count(*) FROM supervision.alarms WHERE \"Id\" = '{card}' AND \"ResolvedBy\" = 'system' AND \"Note\" = 'issued'"));
    }

    [Fact]
    public async Task A_card_changed_after_the_read_fails_the_rounds_save()
    {
        var (db, tx, card) = await EndedAsync();
        await using var _ = db;
        await using var __ = tx;

        await fixture.CountAsync($"""
            WITH changed AS (UPDATE supervision.alarms SET "AcknowledgedBy" = 'someone', "AcknowledgedAt" = now()
                WHERE "Id" = '{card}' RETURNING 1)
            SELECT count(*) FROM changed
            """);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        await tx.RollbackAsync();
        Assert.Equal(1, await fixture.CountAsync(
            $"SELECT count(*) FROM supervision.alarms WHERE \"Id\" = '{card}' AND \"ResolvedAt\" IS NULL AND \"AcknowledgedBy\" = 'someone'"));
    }

    /// <summary>An issuance step started and watched, and its overdue card raised, as a sweep would have.</summary>
    private async Task<(Guid Case, Guid Card)> OverdueStepAsync()
    {
        var id = Guid.CreateVersion7();
        var unit = "ou-card-" + Guid.NewGuid().ToString("N")[..8];
        var owner = new StepOwner(County, unit, "000121010000", unit);
        await using var db = Context();
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            var steps = new MilestoneChanges();
            steps.Start(id, MilestoneKind.Issuance, $"N-{id:N}"[..20], owner, At(Day, 15), Deadline, arm: true);
            await steps.ApplyAsync(db, At(Day, 15), CancellationToken.None);
            await tx.CommitAsync();
        }
        var step = Milestone.Bare(id, MilestoneKind.Issuance);
        step.Start($"N-{id:N}"[..20], owner, At(Day, 15), Deadline);
        var card = Alarm.Milestone(step, AlarmKind.IssueDeadline, Deadline.AddDays(1), At(Deadline.AddDays(1), 1));
        db.Alarms.Add(card);
        await db.SaveChangesAsync();
        return (id, card.Id);
    }

    /// <summary>A round that ends an overdue step on time, in a transaction left open: its card read and resolved, not saved.</summary>
    private async Task<(SupervisionDbContext Db, IDbContextTransaction Tx, Guid Card)> EndedAsync()
    {
        var (id, card) = await OverdueStepAsync();
        var db = Context();
        var tx = await db.Database.BeginTransactionAsync();
        var steps = new MilestoneChanges();
        steps.Complete(id, MilestoneKind.Issuance, "issued", At(Deadline, 10)); // on time: no late trigger besides
        await steps.ApplyAsync(db, At(Deadline, 10), CancellationToken.None);
        return (db, tx, card);
    }

    private SupervisionDbContext Context() =>
        new(new DbContextOptionsBuilder<SupervisionDbContext>().UseNpgsql(fixture.Host.ConnectionString).Options);
}
