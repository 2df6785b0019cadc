using Linkage.Supervision.Domain;
using Linkage.Supervision.Messaging;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>A round's receipts (收件, 0509) go in with one statement (decision 0703): each case counted once, by the first
/// receipt queued for it, none for a case received before, and nothing more when the round is run again or its events
/// arrive again.</summary>
public sealed class ReceiptRoundTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private const string Insert = "WITH put AS (%INSERT INTO supervision.receipts%";
    private static readonly DateOnly Day = new(2025, 10, 13);

    [Fact]
    public async Task A_rounds_receipts_are_one_statement_and_each_case_counts_once()
    {
        var unit = "ou-rround-" + Guid.NewGuid().ToString("N")[..8];
        var cases = Enumerable.Range(0, 4).Select(_ => Guid.CreateVersion7()).ToList();
        Receipt Of(Guid id, DateOnly on) => Receipt.Of(id, on, County, unit, "000121010000", "ou-village", Village);
        Assert.Equal(1, await RoundAsync(Of(cases[3], Day))); // received before the round

        var calls = await StatementCalls.OfAsync(fixture.Host.ConnectionString, Insert);
        var round = new[] { Of(cases[2], Day), Of(cases[0], Day), Of(cases[1], Day), Of(cases[0], Day.AddDays(1)), Of(cases[3], Day.AddDays(1)) };
        Assert.Equal(3, await RoundAsync(round));

        Assert.Equal(calls + 1, await StatementCalls.OfAsync(fixture.Host.ConnectionString, Insert));
        Assert.Equal(4, await ReceivedAsync(unit, Day));
        Assert.Equal(0, await ReceivedAsync(unit, Day.AddDays(1))); // the first queued for a case counts, on its day

        Assert.Equal(0, await RoundAsync(round)); // the round run again
        Assert.Equal(4, await ReceivedAsync(unit, Day));
        Assert.Equal(4, await fixture.CountAsync($"SELECT count(*) FROM supervision.receipts WHERE \"HandlingOrgUnitId\" = '{unit}'"));
    }

    [Fact]
    public async Task Submissions_acceptances_and_an_instant_case_sent_twice_count_each_case_once()
    {
        var unit = "ou-rround-" + Guid.NewGuid().ToString("N")[..8];
        var accepted = Enumerable.Range(0, 3).Select(_ => Accepted(Day, 20) with { HandlingOrgUnitId = unit }).ToList();
        var instant = Instant(Day) with { HandlingOrgUnitId = unit };
        object[] events = [.. accepted.Select(a => Submitted(a, Day)), .. accepted, instant];

        await fixture.DeliverToInboxAsync(events);
        await fixture.DeliverToInboxAsync(events); // the same events again under new ids

        Assert.Equal(4, await ReceivedAsync(unit, Day));
        Assert.Equal(4, await fixture.CountAsync($"SELECT count(*) FROM supervision.receipts WHERE \"HandlingOrgUnitId\" = '{unit}'"));
    }

    private async Task<int> RoundAsync(params Receipt[] queued)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            var receipts = new Receipts();
            foreach (var r in queued) receipts.Add(r);
            var counted = await receipts.ApplyAsync(db, CancellationToken.None);
            await tx.CommitAsync();
            return counted;
        });
    }

    private async Task<long> ReceivedAsync(string unit, DateOnly day)
    {
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
            await CountFold.AllAsync(scope.ServiceProvider.GetRequiredService<SupervisionDbContext>(), CancellationToken.None);
        return await fixture.CountAsync($"""
            SELECT coalesce(sum("Received"), 0) FROM supervision.daily_counts WHERE "HandlingOrgUnitId" = '{unit}' AND "Day" = '{day:yyyy-MM-dd}'
            """);
    }
}
