using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Messaging;

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> b)
    {
        b.ToTable(OutboxSql.InboxTable);
        b.HasKey(m => new { m.MessageId, m.Consumer }).HasName("pk_inbox_messages");
        b.Property(m => m.MessageId).HasColumnName("message_id");
        b.Property(m => m.Consumer).HasColumnName("consumer").HasMaxLength(300);
        b.Property(m => m.ProcessedAt).HasColumnName("processed_at");
        b.HasIndex(m => m.ProcessedAt).HasDatabaseName("ix_inbox_messages_processed_at");
    }
}
