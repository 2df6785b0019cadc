using System.Data.Common;
using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Linkage.Messaging.Tests.Persistence;

/// <summary>The statements sent with a save (0754) are sent again by every attempt that saves the same changes, beside
/// EF's own rows (the outbox's among them): a commit that failed after a save kept for a retry
/// (<c>acceptAllChangesOnSuccess: false</c>, the inbox round's way), and an attempt EF retries itself (decision 0790).</summary>
public sealed class SaveRetryTests
{
    private static FormattableString HolderNamed(string name) => $"INSERT INTO msgtest.holders (\"Id\", \"Name\") VALUES ({Guid.NewGuid()}, {name})";

    [Fact]
    public async Task A_save_kept_for_a_retry_whose_commit_failed_is_written_whole_by_the_next_attempt_and_once()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using (var db = database.NewContext())
        {
            db.Widgets.Add(new Widget { Name = "kept" });
            db.Publish(new WidgetCreated(Guid.NewGuid(), "kept-event"), "agg");
            db.SendWithSave(HolderNamed("kept-holder"));
            await using (var failed = await db.Database.BeginTransactionAsync())
            {
                await db.SaveChangesAsync(acceptAllChangesOnSuccess: false);
                await failed.RollbackAsync(); // the commit that did not happen
            }
            Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM msgtest.outbox_messages"));

            await using (var retried = await db.Database.BeginTransactionAsync())
            {
                await db.SaveChangesAsync(acceptAllChangesOnSuccess: false);
                await retried.CommitAsync();
            }
            db.AcceptSaved();
            db.Widgets.Add(new Widget { Name = "later" });
            await db.SaveChangesAsync(); // a later save sends nothing of the first one again
        }

        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM msgtest.outbox_messages WHERE payload->>'name' = 'kept-event'"));
        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM msgtest.holders WHERE \"Name\" = 'kept-holder'"));
        Assert.Equal(2L, await database.ScalarAsync<long>("SELECT count(*) FROM msgtest.widgets"));
    }

    [Fact]
    public async Task An_attempt_ef_retries_in_a_new_transaction_sends_the_statements_again()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        var failOnce = new FailFirstSave();
        var options = new DbContextOptionsBuilder<TestDbContext>()
            .UseNpgsql(database.ConnectionString, o => o.EnableRetryOnFailure(3, TimeSpan.FromMilliseconds(10), null))
            .AddInterceptors(failOnce).Options;
        await using (var db = new TestDbContext(options))
        {
            db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always; // EF's own transaction per attempt
            db.Widgets.Add(new Widget { Name = "retried" });
            db.Publish(new WidgetCreated(Guid.NewGuid(), "retried-event"), "agg");
            db.SendWithSave(HolderNamed("retried-holder"));
            await db.SaveChangesAsync();
        }

        Assert.Equal(2, failOnce.Attempts);
        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM msgtest.outbox_messages WHERE payload->>'name' = 'retried-event'"));
        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM msgtest.holders WHERE \"Name\" = 'retried-holder'"));
    }

    /// <summary>The first save's batch runs, then fails as a deadlock would (a transient error), after the statements
    /// were appended to it: EF rolls its transaction back and tries again.</summary>
    private sealed class FailFirstSave : DbCommandInterceptor
    {
        public int Attempts { get; private set; }

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData,
            DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (eventData.CommandSource != CommandSource.SaveChanges) return ValueTask.FromResult(result);
            Assert.Contains("msgtest.holders", command.CommandText); // each attempt's batch carries the statement
            if (++Attempts > 1) return ValueTask.FromResult(result);
            result.Dispose();
            throw new PostgresException("deadlock detected", "ERROR", "ERROR", PostgresErrorCodes.DeadlockDetected);
        }
    }
}
