using Linkage.Supervision.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Supervision.Persistence;

public sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> b)
    {
        b.ToTable("milestones");
        b.HasKey(m => new { m.CaseId, m.Kind });
        b.Property(m => m.Kind).HasConversion<string>().HasMaxLength(12);
        b.Property(m => m.CaseNumber).HasMaxLength(40);
        b.Property(m => m.Division).HasMaxLength(12);
        b.Property(m => m.OrgUnitId).HasMaxLength(64);
        b.Property(m => m.MatterCode).HasMaxLength(36);
        b.Property(m => m.WindowId).HasMaxLength(80);
        b.Property(m => m.Outcome).HasMaxLength(16);
        b.Ignore(m => m.IsStarted);
        b.Ignore(m => m.IsDone);
        b.Ignore(m => m.DoneLate);
        b.Ignore(m => m.OverdueCard);
        b.Ignore(m => m.LateCard);
        b.HasIndex(m => m.NextCheckOn).HasFilter("\"NextCheckOn\" IS NOT NULL"); // the sweep's due-date index
        b.Property<uint>("xmin").IsRowVersion();
    }
}
