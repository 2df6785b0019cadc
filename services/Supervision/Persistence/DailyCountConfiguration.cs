using Linkage.Supervision.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Supervision.Persistence;

public sealed class DailyCountConfiguration : IEntityTypeConfiguration<DailyCount>
{
    public void Configure(EntityTypeBuilder<DailyCount> b)
    {
        b.ToTable("daily_counts");
        b.HasKey(d => new { d.Day, d.HandlingDivision, d.HandlingOrgUnitId, d.MatterCode, d.WindowId, d.DepartmentId });
        b.Property(d => d.HandlingDivision).HasMaxLength(12);
        b.Property(d => d.HandlingOrgUnitId).HasMaxLength(64);
        b.Property(d => d.MatterCode).HasMaxLength(36);
        b.Property(d => d.WindowId).HasMaxLength(80); // an org unit id and a window code (0527)
        b.Property(d => d.DepartmentId).HasMaxLength(64);
        b.Property(d => d.RolledUpFrom).HasMaxLength(64);
        b.HasIndex(d => new { d.HandlingDivision, d.Day }); // subtree (LIKE prefix) and period
        b.HasIndex(d => d.Version).HasDatabaseName("ix_daily_counts_unpublished").HasFilter("\"Version\" > \"PublishedVersion\"");
    }
}
