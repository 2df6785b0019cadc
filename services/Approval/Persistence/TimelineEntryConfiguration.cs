using Linkage.Approval.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Approval.Persistence;

public sealed class TimelineEntryConfiguration : IEntityTypeConfiguration<TimelineEntry>
{
    public void Configure(EntityTypeBuilder<TimelineEntry> b)
    {
        b.ToTable("review_timeline");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).UseIdentityAlwaysColumn();
        b.Property(e => e.Kind).HasMaxLength(40);
        b.Property(e => e.DepartmentId).HasMaxLength(64);
        b.Property(e => e.LegCode).HasMaxLength(36);
        b.Property(e => e.ActorName).HasMaxLength(200);
        b.Property(e => e.Detail).HasMaxLength(2400);
        b.HasOne<ReviewCase>().WithMany().HasForeignKey(e => e.CaseId);
        b.HasIndex(e => new { e.CaseId, e.Id });
    }
}
