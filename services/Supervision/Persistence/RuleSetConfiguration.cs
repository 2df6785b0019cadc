using Linkage.Supervision.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Supervision.Persistence;

public sealed class RuleSetConfiguration : IEntityTypeConfiguration<RuleSet>
{
    public void Configure(EntityTypeBuilder<RuleSet> b)
    {
        b.ToTable("rule_sets");
        b.HasKey(r => r.Division);
        b.Property(r => r.Division).HasMaxLength(12);
        b.Property(r => r.WarnFraction).HasPrecision(4, 3);
        b.Property(r => r.UpdatedBy).HasMaxLength(128);
        b.Ignore(r => r.Terms);
        b.Property<uint>("xmin").IsRowVersion();
    }
}
