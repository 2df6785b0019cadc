using Linkage.Ratings.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Ratings.Persistence;

/// <summary>The national indicator sets, data seeded by the migration that created the table (version 1; EF's seed
/// data cannot compare array columns, so it is inserted there rather than by HasData). A new version is a new row.</summary>
public sealed class IndicatorSetConfiguration : IEntityTypeConfiguration<IndicatorSet>
{
    public void Configure(EntityTypeBuilder<IndicatorSet> b)
    {
        b.ToTable("indicator_sets");
        b.HasKey(s => new { s.Code, s.Version });
        b.Property(s => s.Code).HasMaxLength(16);
        b.HasIndex(s => s.Code).IsUnique().HasFilter("\"Current\"");
    }
}
