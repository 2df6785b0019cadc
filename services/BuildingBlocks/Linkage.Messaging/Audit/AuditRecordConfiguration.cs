using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Messaging;

/// <summary>Every module maps the one shared table; <see cref="AuditSql"/> creates it, not the module's migrations.</summary>
internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> b)
    {
        b.ToTable(AuditSql.Table, AuditSql.Schema, t => t.ExcludeFromMigrations());
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        b.Property(r => r.Chain).HasColumnName("chain");
        b.Property(r => r.Seq).HasColumnName("seq").ValueGeneratedOnAdd();
        b.Property(r => r.At).HasColumnName("at");
        b.Property(r => r.ActorSubject).HasColumnName("actor_subject");
        b.Property(r => r.ActorRole).HasColumnName("actor_role");
        b.Property(r => r.ActorOrgUnit).HasColumnName("actor_org_unit");
        b.Property(r => r.ActorDivision).HasColumnName("actor_division");
        b.Property(r => r.Action).HasColumnName("action");
        b.Property(r => r.TargetType).HasColumnName("target_type");
        b.Property(r => r.TargetId).HasColumnName("target_id");
        b.Property(r => r.Detail).HasColumnName("detail").HasColumnType("jsonb");
    }
}
