using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Supervision.Tests;

/// <summary>The background fold's pass (decision 0704): it folds the deltas committed so far and asks for the next pass
/// only at the next interval, not at once because it found some; a delta whose unit of work is still open when the pass
/// runs is not lost, the next fold counts it, once.</summary>
public sealed class CountFoldPassTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private static readonly DateOnly Day = new(2024, 3, 1);

    [Fact]
    public async Task A_pass_folds_what_is_committed_waits_for_its_interval_and_the_open_units_delta_counts_once_later()
    {
        var food = new CountKey("350926000000", "ou-pass-" + Guid.NewGuid().ToString("N")[..8], "food");
        await CommitAsync(db => { DailyCounts.Add(db, food, Day, new Tally(Received: 1)); DailyCounts.Add(db, food, Day.AddDays(1), new Tally(Received: 2)); });

        await using (var open = fixture.Host.Services.CreateAsyncScope())
        {
            var db = open.ServiceProvider.GetRequiredService<SupervisionDbContext>();
            await db.InTransactionAsync(async (tx, ct) =>
            {
                DailyCounts.Add(db, food, Day, new Tally(Received: 4));
                await db.SaveChangesAsync(ct);
                await using (var scope = fixture.Host.Services.CreateAsyncScope())
                    Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<CountFold>().RunAsync(ct)); // no second pass asked for
                Assert.Equal((1, 2), (await ReceivedAsync(food, Day), await ReceivedAsync(food, Day.AddDays(1))));
                await tx.CommitAsync(ct);
                return 0;
            }, CancellationToken.None);
        }

        await using (var scope = fixture.Host.Services.CreateAsyncScope())
            await CountFold.AllAsync(scope.ServiceProvider.GetRequiredService<SupervisionDbContext>(), CancellationToken.None);
        Assert.Equal(5, await ReceivedAsync(food, Day));
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
            await CountFold.AllAsync(scope.ServiceProvider.GetRequiredService<SupervisionDbContext>(), CancellationToken.None);
        Assert.Equal((5, 2), (await ReceivedAsync(food, Day), await ReceivedAsync(food, Day.AddDays(1))));
    }

    private async Task CommitAsync(Action<SupervisionDbContext> add)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        await db.InTransactionAsync(async (tx, ct) =>
        {
            add(db);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return 0;
        }, CancellationToken.None);
    }

    /// <summary>The day row as folded so far; the deltas still waiting are not read.</summary>
    private Task<long> ReceivedAsync(CountKey k, DateOnly day) => fixture.CountAsync($"""
        SELECT coalesce(sum("Received"), 0) FROM supervision.daily_counts WHERE "Day" = '{day:yyyy-MM-dd}'
        AND "HandlingOrgUnitId" = '{k.HandlingOrgUnitId}' AND "MatterCode" = '{k.MatterCode}'
        """);
}
