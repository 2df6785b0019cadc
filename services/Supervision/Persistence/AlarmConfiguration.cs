using Linkage.Supervision.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Supervision.Persistence;

public sealed class AlarmConfiguration : IEntityTypeConfiguration<Alarm>
{
    public void Configure(EntityTypeBuilder<Alarm> b)
    {
        b.ToTable("alarms");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.CaseNumber).HasMaxLength(40);
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.Level).HasConversion<string>().HasMaxLength(8);
        b.Property(a => a.DepartmentId).HasMaxLength(64);
        b.Property(a => a.HandlingDivision).HasMaxLength(12);
        b.Property(a => a.AcknowledgedBy).HasMaxLength(128);
        b.Property(a => a.ResolvedBy).HasMaxLength(128);
        b.Property(a => a.Note).HasMaxLength(500);
        b.Ignore(a => a.State);
        b.HasIndex(a => a.CaseId).HasFilter("\"ResolvedAt\" IS NULL");
        b.HasIndex(a => new { a.HandlingDivision, a.RaisedAt });
        b.HasIndex(a => a.OrderId).HasFilter("\"OrderId\" IS NOT NULL");
        b.Property<uint>("xmin").IsRowVersion();
    }
}
