using Linkage.Messaging.Tests.Infrastructure;
using Npgsql;

namespace Linkage.Messaging.Tests.Outbox;

public sealed class OutboxSchemaTests
{
    [Fact]
    public async Task The_model_creates_the_pending_index_as_a_partial_index_on_sequence()
    {
        await using var database = await TestDatabase.CreateAsync();
        var definition = await database.ScalarAsync<string>(
            "SELECT indexdef FROM pg_indexes WHERE schemaname = 'msgtest' AND indexname = 'ix_outbox_messages_pending'");
        Assert.Contains("(sequence)", definition);
        Assert.Contains("WHERE (dispatched_at IS NULL)", definition);
        var inboxKey = await database.ScalarAsync<string>(
            "SELECT indexdef FROM pg_indexes WHERE schemaname = 'msgtest' AND indexname = 'pk_inbox_messages'");
        Assert.Contains("(message_id, consumer)", inboxKey);
    }

    [Fact]
    public async Task The_trigger_notifies_the_schema_once_per_transaction_and_only_on_commit()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var listener = new NpgsqlConnection(database.ConnectionString);
        await listener.OpenAsync();
        var payloads = new List<string>();
        listener.Notification += (_, e) => payloads.Add(e.Payload);
        await using (var listen = new NpgsqlCommand("LISTEN linkage_outbox", listener)) await listen.ExecuteNonQueryAsync();

        await using var db = database.NewContext();
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            db.Publish(new WidgetCreated(Guid.NewGuid(), "a"), "a");
            await db.SaveChangesAsync();
            db.Publish(new WidgetCreated(Guid.NewGuid(), "b"), "b");
            await db.SaveChangesAsync();
            Assert.False(await listener.WaitAsync(TimeSpan.FromMilliseconds(300)));
            await tx.CommitAsync();
        }
        Assert.True(await listener.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.False(await listener.WaitAsync(TimeSpan.FromMilliseconds(300)));
        Assert.Equal(["msgtest"], payloads);

        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            db.Publish(new WidgetCreated(Guid.NewGuid(), "c"), "c");
            await db.SaveChangesAsync();
            await tx.RollbackAsync();
        }
        Assert.False(await listener.WaitAsync(TimeSpan.FromMilliseconds(500)));
    }
}
