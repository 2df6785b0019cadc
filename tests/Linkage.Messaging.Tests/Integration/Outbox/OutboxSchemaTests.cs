using Linkage.Messaging.Tests.Infrastructure;

namespace Linkage.Messaging.Tests.Outbox;

public sealed class OutboxSchemaTests
{
    [Fact]
    public async Task The_model_creates_the_pending_index_as_a_partial_index_on_sequence()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        var definition = await database.ScalarAsync<string>(
            "SELECT indexdef FROM pg_indexes WHERE schemaname = 'msgtest' AND indexname = 'ix_outbox_messages_pending'");
        Assert.Contains("(sequence)", definition);
        Assert.Contains("WHERE (dispatched_at IS NULL)", definition);
        var inboxKey = await database.ScalarAsync<string>(
            "SELECT indexdef FROM pg_indexes WHERE schemaname = 'msgtest' AND indexname = 'pk_inbox_messages'");
        Assert.Contains("(message_id, consumer)", inboxKey);
    }
}
