using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Supervision.Persistence;

/// <summary>The deltas table is created by its own migration's SQL (identity key, no indexes); the model only writes it.</summary>
public sealed class CountDeltaConfiguration : IEntityTypeConfiguration<CountDelta>
{
    public void Configure(EntityTypeBuilder<CountDelta> b)
    {
        b.ToTable("count_deltas", t => t.ExcludeFromMigrations());
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).UseIdentityAlwaysColumn();
    }
}
