using Linkage.VideoReview.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.VideoReview.Persistence;

public sealed class CasePlanConfiguration : IEntityTypeConfiguration<CasePlan>
{
    public void Configure(EntityTypeBuilder<CasePlan> b)
    {
        b.ToTable("case_plans");
        b.HasKey(p => p.CaseId);
        b.Property(p => p.CaseId).ValueGeneratedNever();
    }
}
