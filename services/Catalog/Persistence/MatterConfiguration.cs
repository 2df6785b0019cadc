using Linkage.Catalog.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Catalog.Persistence;

public sealed class MatterConfiguration : IEntityTypeConfiguration<Matter>
{
    public void Configure(EntityTypeBuilder<Matter> b)
    {
        b.ToTable("matters");
        b.HasKey(m => m.Code);
        b.Property(m => m.Code).HasMaxLength(BasicCode.MaxLength);
        b.Property(m => m.Name).HasMaxLength(200);
        b.Property(m => m.Type).HasConversion<string>().HasMaxLength(40);
        b.Property(m => m.Keywords);
        b.Property(m => m.Versions).AsJsonb();
    }
}
