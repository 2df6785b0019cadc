using Linkage.Ratings.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Ratings.Persistence;

/// <summary>Regions' own working-day limits, written by the region's supervisors and admins (decision 0638). The two
/// provinces whose rules name 15 working days (Sichuan 51, Zhejiang 33) were seeded by the migration that created the
/// table; no longer as model seed data, which cannot compare the <c>Locks</c> array.</summary>
public sealed class RegionDeadlineConfiguration : IEntityTypeConfiguration<RegionDeadline>
{
    public void Configure(EntityTypeBuilder<RegionDeadline> b)
    {
        b.ToTable("region_deadlines");
        b.HasKey(r => r.DivisionPrefix);
        b.Property(r => r.DivisionPrefix).HasMaxLength(12);
        b.Property(r => r.UpdatedBy).HasMaxLength(128);
    }
}
