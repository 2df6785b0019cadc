using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Messaging;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable(OutboxSql.OutboxTable);
        b.HasKey(m => m.Id).HasName("pk_outbox_messages");
        b.Property(m => m.Id).HasColumnName("id").ValueGeneratedNever();
        b.Property(m => m.AggregateId).HasColumnName("aggregate_id").HasMaxLength(200);
        b.Property(m => m.Sequence).HasColumnName("sequence").UseIdentityAlwaysColumn();
        b.Property(m => m.Kind).HasColumnName("kind").HasMaxLength(16).HasConversion(
            k => k == OutboxKind.Federation ? "federation" : "integration",
            s => s == "federation" ? OutboxKind.Federation : OutboxKind.Integration);
        b.Property(m => m.MessageType).HasColumnName("message_type").HasMaxLength(500);
        b.Property(m => m.Payload).HasColumnName("payload").HasColumnType("jsonb");
        b.Property(m => m.Subject).HasColumnName("subject").HasMaxLength(200);
        b.Property(m => m.TargetDivision).HasColumnName("target_division").HasMaxLength(12);
        b.Property(m => m.TraceParent).HasColumnName("trace_parent").HasMaxLength(100);
        b.Property(m => m.CreatedAt).HasColumnName("created_at");
        b.Property(m => m.DispatchedAt).HasColumnName("dispatched_at");
        b.Property(m => m.Attempts).HasColumnName("attempts").HasDefaultValue(0);
        b.Property(m => m.LastError).HasColumnName("last_error");
        b.Property(m => m.NextAttemptAt).HasColumnName("next_attempt_at");

        // The dispatcher's scan (pending rows in sequence order) and its per-aggregate predecessor check.
        b.HasIndex(m => m.Sequence).HasDatabaseName("ix_outbox_messages_pending").HasFilter("dispatched_at IS NULL");
        b.HasIndex(m => new { m.AggregateId, m.Sequence }).HasDatabaseName("ix_outbox_messages_pending_aggregate")
            .HasFilter("dispatched_at IS NULL");
        b.HasIndex(m => m.DispatchedAt).HasDatabaseName("ix_outbox_messages_dispatched").HasFilter("dispatched_at IS NOT NULL");
    }
}
