using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Intake.Persistence;

public sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.ToTable("idempotency_keys");
        b.HasKey(r => new { r.CallerSubject, r.Key });
        b.Property(r => r.CallerSubject).HasColumnName("caller_subject").HasMaxLength(200);
        b.Property(r => r.Key).HasColumnName("key").HasMaxLength(200);
        b.Property(r => r.CaseId).HasColumnName("case_id");
        b.Property(r => r.CreatedAt).HasColumnName("created_at");
        b.Property(r => r.RequestHash).HasColumnName("request_hash").HasMaxLength(64);
        b.HasIndex(r => r.CreatedAt).HasDatabaseName("ix_idempotency_keys_created_at"); // the expiry sweep
    }
}
