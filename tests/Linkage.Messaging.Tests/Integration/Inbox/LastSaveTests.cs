using System.Data.Common;
using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Linkage.Messaging.Tests.Inbox;

/// <summary>A delivery's last save is not accepted into the tracker (decision 0834): its rows commit once with the inbox
/// row, what it sent with the save is dropped after the commit, and an attempt whose commit failed sends its statements
/// again exactly once, as the handler queues them again.</summary>
public sealed class LastSaveTests
{
    private const string Consumer = "last-save-probe";

    [Fact]
    public Task A_delivery_commits_its_rows_once_and_leaves_them_unaccepted() => AppliedOnceAsync(InboxTransaction.RunOnceAsync, "once");

    [Fact]
    public Task A_delivery_in_one_batch_commits_its_rows_once_and_leaves_them_unaccepted() =>
        AppliedOnceAsync((db, id, consumer, handle, ct) => InboxBatch.RunOnceAsync(db, id, consumer, handle, ct), "batch");

    [Fact]
    public async Task An_attempt_whose_commit_failed_is_applied_whole_by_the_next_and_once()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        var failOnce = new FailFirstCommit();
        var options = new DbContextOptionsBuilder<TestDbContext>()
            .UseNpgsql(database.ConnectionString, o => o.EnableRetryOnFailure(3, TimeSpan.FromMilliseconds(10), null))
            .AddInterceptors(failOnce).Options;
        await using var db = new TestDbContext(options);

        Assert.True(await InboxTransaction.RunOnceAsync(db, Guid.NewGuid(), Consumer, _ => Handle(db, "retried"), CancellationToken.None));

        Assert.Equal(2, failOnce.Commits);
        Assert.Equal((1L, 1L, 1L), await CountsAsync(database, "retried"));
    }

    /// <summary>A round that failed for good leaves nothing for the one-by-one deliveries that follow on its context:
    /// neither its changes nor the statements its save kept for a retry, which would otherwise go with the first.</summary>
    [Fact]
    public async Task A_failed_round_leaves_no_statement_to_go_with_the_next_save()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var db = database.NewContext();

        await Assert.ThrowsAsync<InvalidOperationException>(() => InboxRound.RunAsync<bool>(db, async () =>
        {
            await Handle(db, "failed-round");
            throw new InvalidOperationException("the round failed after its handlers");
        }, CancellationToken.None));

        Assert.False(db.HasStatementsWithSave);
        Assert.Empty(db.ChangeTracker.Entries());
        Assert.True(await InboxTransaction.RunOnceAsync(db, Guid.NewGuid(), Consumer, _ => Handle(db, "after"), CancellationToken.None));
        Assert.Equal((0L, 0L, 0L), await CountsAsync(database, "failed-round"));
        Assert.Equal((1L, 1L, 1L), await CountsAsync(database, "after"));
    }

    private delegate Task<bool> Delivery(ModuleDbContext db, Guid messageId, string consumer, Func<CancellationToken, Task> handle,
        CancellationToken ct);

    /// <summary>A delivery applied, then the same one again: the second finds it applied and writes nothing.</summary>
    private static async Task AppliedOnceAsync(Delivery deliver, string name)
    {
        await using var database = await OutboxDatabase.CreateAsync();
        var messageId = Guid.NewGuid();
        await using var db = database.NewContext();

        Assert.True(await deliver(db, messageId, Consumer, _ => Handle(db, name), CancellationToken.None));

        Assert.NotEmpty(db.ChangeTracker.Entries());
        Assert.All(db.ChangeTracker.Entries(), e => Assert.Equal(EntityState.Added, e.State)); // saved, not accepted
        Assert.False(db.HasStatementsWithSave);
        Assert.False(await deliver(db, messageId, Consumer, _ => Handle(db, name), CancellationToken.None));
        Assert.Equal((1L, 1L, 1L), await CountsAsync(database, name));
    }

    private static Task Handle(TestDbContext db, string name)
    {
        db.Widgets.Add(new Widget { Name = name });
        db.Publish(new WidgetCreated(Guid.NewGuid(), $"{name}-event"), name);
        db.SendWithSave($"INSERT INTO msgtest.holders (\"Id\", \"Name\") VALUES ({Guid.NewGuid()}, {name})");
        return Task.CompletedTask;
    }

    private static async Task<(long Widgets, long Events, long Holders)> CountsAsync(OutboxDatabase database, string name) => (
        await database.ScalarAsync<long>($"SELECT count(*) FROM msgtest.widgets WHERE \"Name\" = '{name}'"),
        await database.ScalarAsync<long>($"SELECT count(*) FROM msgtest.outbox_messages WHERE payload->>'name' = '{name}-event'"),
        await database.ScalarAsync<long>($"SELECT count(*) FROM msgtest.holders WHERE \"Name\" = '{name}'"));

    /// <summary>The first commit fails as a deadlock would (a transient error) before it reaches the server: the
    /// transaction rolls back and EF's strategy runs the attempt again.</summary>
    private sealed class FailFirstCommit : DbTransactionInterceptor
    {
        public int Commits { get; private set; }

        public override ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
            InterceptionResult result, CancellationToken cancellationToken = default) =>
            ++Commits > 1 ? ValueTask.FromResult(result)
                : throw new PostgresException("deadlock detected", "ERROR", "ERROR", PostgresErrorCodes.DeadlockDetected);
    }
}
