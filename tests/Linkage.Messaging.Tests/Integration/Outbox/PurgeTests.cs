using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Linkage.Messaging.Tests.Outbox;

/// <summary>Decision 0813: a cleanup deletes every row past its retention, a batch at a time, and nothing else.</summary>
public sealed class PurgeTests
{
    private const string Schema = TestDbContext.SchemaName;

    [Fact]
    public async Task A_cleanup_deletes_more_than_a_batch_of_old_rows_and_keeps_the_young_and_the_undispatched()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        var now = DateTimeOffset.UtcNow;
        await using (var db = database.NewContext())
        {
            for (var i = 0; i < 12; i++) db.OutboxMessages.Add(Row(now.AddDays(-5), dispatchedAt: now.AddDays(-4)));
            db.OutboxMessages.Add(Row(now, dispatchedAt: now));
            db.OutboxMessages.Add(Row(now.AddDays(-10), dispatchedAt: null)); // old, still waiting to be sent
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync($"""
                INSERT INTO {Schema}.inbox_messages (message_id, consumer, processed_at)
                SELECT gen_random_uuid(), 'probe', now() - interval '31 days' FROM generate_series(1, 13);
                INSERT INTO {Schema}.inbox_messages (message_id, consumer, processed_at) VALUES (gen_random_uuid(), 'probe', now());
                """);
        }

        var deleted = await PurgeAsync(database, batchSize: 5);

        Assert.Equal(12 + 13, deleted);
        Assert.Equal(0, await database.ScalarAsync<long>($"SELECT count(*) FROM {Schema}.outbox_messages WHERE dispatched_at < now() - interval '3 days'"));
        Assert.Equal(2, await database.ScalarAsync<long>($"SELECT count(*) FROM {Schema}.outbox_messages"));
        Assert.Equal(1, await database.ScalarAsync<long>($"SELECT count(*) FROM {Schema}.outbox_messages WHERE dispatched_at IS NULL"));
        Assert.Equal(1, await database.ScalarAsync<long>($"SELECT count(*) FROM {Schema}.inbox_messages"));
    }

    [Fact]
    public async Task Rows_another_cleanup_holds_are_skipped_not_waited_for()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using (var db = database.NewContext())
            await db.Database.ExecuteSqlRawAsync($"""
                INSERT INTO {Schema}.inbox_messages (message_id, consumer, processed_at)
                SELECT gen_random_uuid(), 'probe', now() - interval '31 days' FROM generate_series(1, 4);
                """);
        await using var other = new NpgsqlConnection(database.ConnectionString);
        await other.OpenAsync();
        await using var held = await other.BeginTransactionAsync();
        await using (var hold = new NpgsqlCommand(
            $"SELECT 1 FROM {Schema}.inbox_messages ORDER BY message_id LIMIT 1 FOR UPDATE", other, held))
            await hold.ExecuteScalarAsync();

        Assert.Equal(3, await PurgeAsync(database, batchSize: 2)); // returns while the held row is still locked
        await held.RollbackAsync();
        Assert.Equal(1, await PurgeAsync(database, batchSize: 2));
    }

    private static async Task<int> PurgeAsync(OutboxDatabase database, int batchSize)
    {
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        var options = new OutboxOptions { PurgeBatchSize = batchSize };
        return await new OutboxPurge(new OutboxStore(new OutboxSql(Schema), options), dataSource, options).RunAsync(CancellationToken.None);
    }

    private static OutboxMessage Row(DateTimeOffset createdAt, DateTimeOffset? dispatchedAt) => new()
    {
        Id = Guid.CreateVersion7(), AggregateId = "purge", Kind = OutboxKind.Integration, MessageType = "probe",
        Payload = "{}", CreatedAt = createdAt, DispatchedAt = dispatchedAt,
    };
}
