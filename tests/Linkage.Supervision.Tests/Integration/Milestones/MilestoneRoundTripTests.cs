using Linkage.Supervision.Domain;
using Linkage.Supervision.Messaging;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>What a round of steps sends while it holds their rows (decisions 0750, 0751): its receipts and its take in
/// one round trip; a row the round puts in goes in as the round leaves it, with no write-back and no card read; a row
/// that was there is taken, changed and written back as before.</summary>
public sealed class MilestoneRoundTripTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private static readonly DateOnly Day = new(2025, 9, 1), Deadline = new(2025, 9, 11);

    [Fact]
    public async Task New_steps_and_the_rounds_receipts_go_in_one_round_trip()
    {
        var unit = "ou-trip-" + Guid.NewGuid().ToString("N")[..8];
        var cases = Enumerable.Range(0, 3).Select(_ => Guid.CreateVersion7()).ToList();

        var sent = await RoundAsync((steps, receipts) =>
        {
            foreach (var id in cases)
            {
                steps.Start(id, MilestoneKind.Acceptance, Number(id), Owner(unit), At(Day, 9), Deadline, arm: true);
                receipts.Add(Receipt.Of(id, Day, County, unit, "000121010000", unit, County));
            }
        });

        var command = Assert.Single(sent); // nothing to write back
        Assert.Contains("INSERT INTO supervision.receipts", command);
        Assert.Contains("INSERT INTO supervision.milestones", command);
        var rows = await StepsAsync(cases);
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal((At(Day, 9), Deadline, true, Day.AddDays(1), unit, (DateTimeOffset?)null),
            (r.StartedAt!.Value, r.Deadline!.Value, r.Armed, r.NextCheckOn!.Value, r.OrgUnitId, r.DoneAt)));
        Assert.Equal(3, await fixture.CountAsync($"SELECT count(*) FROM supervision.receipts WHERE \"HandlingOrgUnitId\" = '{unit}'"));
    }

    [Fact]
    public async Task A_step_that_was_there_is_taken_then_written_back_with_its_card_read()
    {
        var unit = "ou-trip-" + Guid.NewGuid().ToString("N")[..8];
        var id = Guid.CreateVersion7();
        await RoundAsync((steps, _) => steps.Start(id, MilestoneKind.Issuance, Number(id), Owner(unit), At(Day, 15), Deadline, arm: true));

        var sent = await RoundAsync((steps, _) => steps.Complete(id, MilestoneKind.Issuance, "issued", At(Day.AddDays(3), 10)));

        Assert.Equal(2, sent.Count); // the take; the write-back with the card read
        Assert.StartsWith("UPDATE supervision.milestones", sent[1].Trim());
        var row = Assert.Single(await StepsAsync([id]));
        Assert.Equal((At(Day, 15), At(Day.AddDays(3), 10), "issued", (DateOnly?)null), (row.StartedAt!.Value, row.DoneAt!.Value, row.Outcome, row.NextCheckOn));
    }

    [Fact]
    public async Task A_new_step_started_and_ended_late_in_one_round_raises_its_trigger_once_without_a_read()
    {
        var unit = "ou-trip-" + Guid.NewGuid().ToString("N")[..8];
        var id = Guid.CreateVersion7();

        var sent = await RoundAsync((steps, _) =>
        {
            steps.Start(id, MilestoneKind.Issuance, Number(id), Owner(unit), At(Day, 15), Deadline);
            steps.Complete(id, MilestoneKind.Issuance, "issued", At(new DateOnly(2025, 9, 15), 10));
        });
        await RoundAsync((steps, _) => steps.Complete(id, MilestoneKind.Issuance, "reissued", At(new DateOnly(2025, 9, 16), 10)));

        Assert.Single(sent);
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM supervision.alarms WHERE \"CaseId\" = '{id}' AND \"Kind\" = 'IssuedLate'"));
        var row = Assert.Single(await StepsAsync([id]));
        Assert.Equal("issued", row.Outcome); // the first end counts
    }

    /// <summary>One round in its own transaction on a context that records what it sends; answers the commands the
    /// steps and receipts sent (not the save's).</summary>
    private async Task<IReadOnlyList<string>> RoundAsync(Action<MilestoneChanges, Receipts> queue)
    {
        var sent = new SentCommands();
        await using var source = sent.Source(fixture.Host.ConnectionString);
        await using var db = new SupervisionDbContext(new DbContextOptionsBuilder<SupervisionDbContext>().UseNpgsql(source).Options);
        await using var tx = await db.Database.BeginTransactionAsync();
        var (steps, receipts) = (new MilestoneChanges(), new Receipts());
        queue(steps, receipts);
        await steps.ApplyAsync(db, At(Day, 12), CancellationToken.None, receipts);
        var round = sent.Texts.ToList();
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return round;
    }

    private async Task<List<Milestone>> StepsAsync(List<Guid> cases)
    {
        await using var db = new SupervisionDbContext(new DbContextOptionsBuilder<SupervisionDbContext>().UseNpgsql(fixture.Host.ConnectionString).Options);
        return await db.Milestones.AsNoTracking().Where(m => cases.Contains(m.CaseId)).ToListAsync();
    }

    private static string Number(Guid id) => $"N-{id:N}"[..20];

    private static StepOwner Owner(string unit) => new(County, unit, "000121010000", unit);
}
