using Linkage.Catalog.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Catalog.Persistence;

public sealed class BundleConfiguration : IEntityTypeConfiguration<Bundle>
{
    public void Configure(EntityTypeBuilder<Bundle> b)
    {
        b.ToTable("bundles");
        b.HasKey(x => new { x.Code, x.Version });
        b.Property(x => x.Code).HasMaxLength(BasicCode.ImplementationMaxLength);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.OrgUnitId).HasMaxLength(64);
        b.HasIndex(x => x.OrgUnitId);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.ComplexProperty(x => x.CommittedLimit, ImplementationConfiguration.Limit);
        b.Property(x => x.Legs);
        b.Property(x => x.Keywords);
        b.ComplexProperty(x => x.MergedLicence, ImplementationConfiguration.LicenceColumns);
    }
}
