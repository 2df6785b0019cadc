using Linkage.Ratings.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Ratings.Persistence;

/// <summary>Regions' own working-day limits, seeded with the two provinces whose rules name 15 working days
/// (Sichuan 51, Zhejiang 33); elsewhere the configured defaults apply until a region's row is added.</summary>
public sealed class RegionDeadlineConfiguration : IEntityTypeConfiguration<RegionDeadline>
{
    public void Configure(EntityTypeBuilder<RegionDeadline> b)
    {
        b.ToTable("region_deadlines");
        b.HasKey(r => r.DivisionPrefix);
        b.Property(r => r.DivisionPrefix).HasMaxLength(12);
        b.HasData(RegionDeadline.Of("51", 1, 15), RegionDeadline.Of("33", 1, 15));
    }
}
