using Linkage.Office.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Office.Persistence;

public sealed class RulesConfiguration : IEntityTypeConfiguration<CentreRules>
{
    public void Configure(EntityTypeBuilder<CentreRules> b)
    {
        b.ToTable("centre_rules");
        b.HasKey(r => r.OrgUnitId);
        b.Property(r => r.OrgUnitId).HasMaxLength(OfficeLimits.UnitLength);
        b.Property(r => r.Division).HasMaxLength(12);
    }
}
