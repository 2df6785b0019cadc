using Linkage.Catalog.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Catalog.Persistence;

public sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.ToTable("regions");
        b.HasKey(r => r.Code);
        b.Property(r => r.Code).HasMaxLength(12);
        b.Property(r => r.Name).HasMaxLength(100);
        b.Property(r => r.Level).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.ParentCode).HasMaxLength(12);
        b.HasIndex(r => r.ParentCode);
    }
}
