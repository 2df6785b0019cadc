using Linkage.Webhooks.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Webhooks.Persistence;

public sealed class CaseUnitConfiguration : IEntityTypeConfiguration<CaseUnit>
{
    public void Configure(EntityTypeBuilder<CaseUnit> b)
    {
        b.ToTable("case_units");
        b.HasKey(c => c.CaseId);
        b.Property(c => c.CaseId).ValueGeneratedNever();
        b.Property(c => c.Division).HasMaxLength(12);
    }
}
