using Linkage.Hall.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Hall.Persistence;

public sealed class AreaConfiguration : IEntityTypeConfiguration<ServiceArea>
{
    public void Configure(EntityTypeBuilder<ServiceArea> b)
    {
        b.ToTable("service_areas");
        b.HasKey(a => new { a.OrgUnitId, a.Code });
        b.Property(a => a.OrgUnitId).HasMaxLength(64);
        b.Property(a => a.Division).HasMaxLength(12);
        b.Property(a => a.Code).HasMaxLength(HallLimits.AreaCodeLength);
        b.Property(a => a.Name).HasMaxLength(HallLimits.NameLength);
        b.Property<uint>("xmin").IsRowVersion();
    }
}
