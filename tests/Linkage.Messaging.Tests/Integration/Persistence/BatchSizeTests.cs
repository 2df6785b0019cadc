using System.Data.Common;
using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Linkage.Messaging.Tests.Persistence;

/// <summary>A save of more changes than the context's batch size goes as several commands (decision 0844): in one
/// transaction, every row written once, and a statement queued with the save sent once, not with every command.</summary>
public sealed class BatchSizeTests
{
    private const int BatchSize = 2;

    [Fact]
    public async Task A_save_larger_than_the_batch_size_goes_as_several_commands_in_one_transaction_each_row_once()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        var (commands, transactions) = (new SaveCommands(), new Transactions());
        await using (var db = Batching(database, commands, transactions))
        {
            for (var i = 0; i < 5; i++) db.Widgets.Add(new Widget { Name = $"w-batched-{i}" });
            db.SendWithSave($"INSERT INTO msgtest.holders (\"Id\", \"Name\") VALUES ({Guid.NewGuid()}, {"h-batched"})");
            await OneBatch.SaveChangesAsync(db, CancellationToken.None);
        }

        Assert.Equal(3, commands.Count);
        Assert.Equal(1, transactions.Count);
        Assert.Equal(5L, await database.ScalarAsync<long>("SELECT count(*) FROM msgtest.widgets WHERE \"Name\" LIKE 'w-batched-%'"));
        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM msgtest.holders WHERE \"Name\" = 'h-batched'"));
        Assert.Equal(1L, await database.ScalarAsync<long>(
            "SELECT count(DISTINCT xmin::text) FROM (SELECT xmin FROM msgtest.widgets UNION ALL SELECT xmin FROM msgtest.holders) rows"));
    }

    [Fact]
    public async Task A_save_within_the_batch_size_goes_as_one_command_without_a_transaction()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        var (commands, transactions) = (new SaveCommands(), new Transactions());
        await using (var db = Batching(database, commands, transactions))
        {
            for (var i = 0; i < BatchSize; i++) db.Widgets.Add(new Widget { Name = $"w-one-{i}" });
            await OneBatch.SaveChangesAsync(db, CancellationToken.None);
        }

        Assert.Equal(1, commands.Count);
        Assert.Equal(0, transactions.Count);
        Assert.Equal(2L, await database.ScalarAsync<long>("SELECT count(*) FROM msgtest.widgets WHERE \"Name\" LIKE 'w-one-%'"));
    }

    private static TestDbContext Batching(OutboxDatabase database, SaveCommands commands, Transactions transactions) =>
        new(new DbContextOptionsBuilder<TestDbContext>().UseNpgsql(database.ConnectionString, npgsql => npgsql.MaxBatchSize(BatchSize))
            .AddInterceptors(commands, transactions).Options);

    /// <summary>Counts the transactions EF begins: a save within the batch size goes without one (0594), a split one in
    /// one.</summary>
    private sealed class Transactions : DbTransactionInterceptor
    {
        public int Count { get; private set; }

        public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
        {
            Count++;
            return result;
        }

        public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData,
            DbTransaction result, CancellationToken cancellationToken = default)
        {
            Count++;
            return ValueTask.FromResult(result);
        }
    }

    /// <summary>Counts the commands a save sends, BEGIN and COMMIT aside.</summary>
    private sealed class SaveCommands : DbCommandInterceptor
    {
        public int Count { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
            CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Counted(eventData);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command,
            CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Counted(eventData);
            return ValueTask.FromResult(result);
        }

        private void Counted(CommandEventData eventData)
        {
            if (eventData.CommandSource == CommandSource.SaveChanges) Count++;
        }
    }
}
