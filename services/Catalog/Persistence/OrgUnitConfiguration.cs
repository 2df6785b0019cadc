using Linkage.Catalog.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Catalog.Persistence;

public sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> b)
    {
        b.ToTable("org_units");
        b.HasKey(o => o.Id);
        b.Property(o => o.Id).HasMaxLength(64);
        b.Property(o => o.Name).HasMaxLength(200);
        b.Property(o => o.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(o => o.DivisionCode).HasMaxLength(12);
        b.HasIndex(o => o.DivisionCode);
        b.Property(o => o.CreditCode).HasMaxLength(18);
        b.Property(o => o.Address).HasMaxLength(300);
        b.Property(o => o.Hours).HasMaxLength(200);
        b.Property(o => o.Phone).HasMaxLength(40);
        b.Property(o => o.Windows).AsJsonb();
        b.Ignore(o => o.CanTakeByProxy);
    }
}
