using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Linkage.Supervision.Tests;

/// <summary>Tallies are queued in the unit of work and appended as deltas when it saves (decision 0561): one delta per
/// row however many facts, nothing for a unit of work that rolls back, in the unit's own batch (with an inbox row, or
/// not at all), and no lock on the shared day row while the unit of work is open. A fold adds them to the day row once.</summary>
public sealed class DailyCountQueueTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private static readonly DateOnly Day = new(2024, 2, 29);

    /// <summary>The figure columns in <see cref="Tally"/>'s order.</summary>
    private static readonly string[] Columns = ["Received", "Completed", "OnTime", "Early", "Instant", "CompletedLate",
        "StoppedWorkingDays", "Yellow", "Red", "Ratings", "GradeSum", "Satisfied", "Online", "RectificationsClosed",
        "RectificationsOverdue", "OnSite", "Accepted"];

    private async Task<long> ReceivedAsync(CountKey k)
    {
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
            await CountFold.AllAsync(scope.ServiceProvider.GetRequiredService<SupervisionDbContext>(), CancellationToken.None);
        return await fixture.CountAsync($"""
            SELECT coalesce(sum("Received"), 0) FROM supervision.daily_counts WHERE "Day" = '{Day:yyyy-MM-dd}'
            AND "HandlingOrgUnitId" = '{k.HandlingOrgUnitId}' AND "MatterCode" = '{k.MatterCode}'
            """);
    }

    private async Task InUnitOfWorkAsync(Action<SupervisionDbContext> add, bool commit, Func<Task>? whileOpen = null)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        await db.InTransactionAsync(async (tx, ct) =>
        {
            add(db);
            await db.SaveChangesAsync(ct);
            if (whileOpen is not null) await whileOpen();
            if (commit) await tx.CommitAsync(ct);
            else await tx.RollbackAsync(ct);
            return 0;
        }, CancellationToken.None);
    }

    [Fact]
    public async Task Facts_of_one_row_count_once_each_and_a_rolled_back_unit_counts_nothing()
    {
        var unit = "ou-queue-" + Guid.NewGuid().ToString("N")[..8];
        var (food, tax) = (new CountKey("350926000000", unit, "food"), new CountKey("350926000000", unit, "tax"));

        await InUnitOfWorkAsync(db =>
        {
            DailyCounts.Add(db, food, Day, new Tally(Received: 1));
            DailyCounts.Add(db, tax, Day, new Tally(Received: 1));
            DailyCounts.Add(db, food, Day, new Tally(Received: 2));
            Assert.Equal(2, db.DailyCounts.Local.Count);
        }, commit: true);
        Assert.Equal(3, await ReceivedAsync(food));
        Assert.Equal(1, await ReceivedAsync(tax));
        Assert.Equal(3, await ReceivedAsync(food)); // a second fold adds nothing

        await InUnitOfWorkAsync(db => DailyCounts.Add(db, food, Day, new Tally(Received: 5)), commit: false);
        Assert.Equal(3, await ReceivedAsync(food));

        await InUnitOfWorkAsync(db => DailyCounts.Add(db, food, Day, new Tally(Received: 4)), commit: true);
        Assert.Equal(7, await ReceivedAsync(food));
    }

    [Fact]
    public async Task An_open_unit_of_work_holds_no_lock_on_the_shared_day_row()
    {
        var food = new CountKey("350926000000", "ou-queue-" + Guid.NewGuid().ToString("N")[..8], "food");
        await InUnitOfWorkAsync(db => DailyCounts.Add(db, food, Day, new Tally(Received: 1)), commit: true);
        Assert.Equal(1, await ReceivedAsync(food));

        await InUnitOfWorkAsync(db => DailyCounts.Add(db, food, Day, new Tally(Received: 1)), commit: true, whileOpen: async () =>
        {
            await using var other = new NpgsqlConnection(fixture.Host.ConnectionString);
            await other.OpenAsync();
            await using var command = new NpgsqlCommand($"""
                SELECT count(*) FROM (SELECT 1 FROM supervision.daily_counts WHERE "Day" = '{Day:yyyy-MM-dd}'
                AND "HandlingOrgUnitId" = '{food.HandlingOrgUnitId}' FOR UPDATE NOWAIT) AS locked
                """, other); // 55P03 lock_not_available if the open unit of work had written the row
            Assert.Equal(1L, await command.ExecuteScalarAsync());
        });
        Assert.Equal(2, await ReceivedAsync(food));
    }

    [Fact]
    public async Task A_tally_saved_without_a_transaction_goes_in_the_one_batch_with_the_inbox_row_or_not_at_all()
    {
        var food = new CountKey("350926000000", "ou-queue-" + Guid.NewGuid().ToString("N")[..8], "food");
        var messageId = Guid.NewGuid();
        await SaveInOneBatchAsync(db =>
        {
            DailyCounts.Add(db, food, Day, new Tally(Received: 1));
            db.InboxMessages.Add(new InboxMessage { MessageId = messageId, Consumer = "test", ProcessedAt = DateTimeOffset.UtcNow });
        });
        Assert.Equal(1, await ReceivedAsync(food));

        await Assert.ThrowsAsync<DbUpdateException>(() => SaveInOneBatchAsync(db => // a redelivery: the inbox key refuses it
        {
            DailyCounts.Add(db, food, Day, new Tally(Received: 1));
            db.InboxMessages.Add(new InboxMessage { MessageId = messageId, Consumer = "test", ProcessedAt = DateTimeOffset.UtcNow });
        }));
        Assert.Equal(1, await ReceivedAsync(food));
    }

    [Fact]
    public async Task With_a_row_of_its_own_a_save_sends_its_deltas_as_one_statement_each_figure_in_its_column()
    {
        var food = new CountKey("350926000000", "ou-queue-" + Guid.NewGuid().ToString("N")[..8], "food");
        var figures = new Tally(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17); // Columns' order
        var tracked = await SaveInOneBatchAsync(db =>
        {
            DailyCounts.Add(db, food, Day, figures);
            DailyCounts.Add(db, food with { Department = "dept-a" }, Day, new Tally(Received: 1));
            db.InboxMessages.Add(new InboxMessage { MessageId = Guid.NewGuid(), Consumer = "test", ProcessedAt = DateTimeOffset.UtcNow });
        });
        Assert.Equal(0, tracked); // no delta went through the tracker: the statement sent with the save wrote them (0774)

        await ReceivedAsync(food); // folds
        for (var i = 0; i < Columns.Length; i++)
            Assert.Equal(i + 1, await fixture.CountAsync($"""
                SELECT "{Columns[i]}"::bigint FROM supervision.daily_counts WHERE "Day" = '{Day:yyyy-MM-dd}'
                AND "HandlingOrgUnitId" = '{food.HandlingOrgUnitId}' AND "WindowId" = '' AND "DepartmentId" = ''
                """));
        Assert.Equal(1, await fixture.CountAsync($"""
            SELECT "Received"::bigint FROM supervision.daily_counts WHERE "HandlingOrgUnitId" = '{food.HandlingOrgUnitId}' AND "DepartmentId" = 'dept-a'
            """));
    }

    [Fact]
    public async Task A_save_of_tallies_alone_writes_its_deltas_through_the_tracker()
    {
        var food = new CountKey("350926000000", "ou-queue-" + Guid.NewGuid().ToString("N")[..8], "food");
        var tracked = await SaveInOneBatchAsync(db => DailyCounts.Add(db, food, Day, new Tally(Received: 2)));
        Assert.Equal(1, tracked); // with no command of its own, a statement sent with the save would go nowhere
        Assert.Equal(2, await ReceivedAsync(food));
    }

    /// <summary>As an inbox batch saves (decision 0594): one SaveChanges, no BEGIN or COMMIT.</summary>
    /// <returns>The delta rows the save wrote through the change tracker.</returns>
    private async Task<int> SaveInOneBatchAsync(Action<SupervisionDbContext> add)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        add(db);
        db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
        try
        {
            await db.SaveChangesAsync();
            return db.ChangeTracker.Entries<CountDelta>().Count();
        }
        finally
        {
            db.Database.AutoTransactionBehavior = AutoTransactionBehavior.WhenNeeded; // the context is pooled
        }
    }
}
