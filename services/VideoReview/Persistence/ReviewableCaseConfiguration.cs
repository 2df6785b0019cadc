using Linkage.VideoReview.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.VideoReview.Persistence;

public sealed class ReviewableCaseConfiguration : IEntityTypeConfiguration<ReviewableCase>
{
    public void Configure(EntityTypeBuilder<ReviewableCase> b)
    {
        b.ToTable("cases");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.CaseNumber).HasMaxLength(40);
        b.Property(c => c.MatterName).HasMaxLength(200);
        b.Property(c => c.HandlingDivision).HasMaxLength(12);
        b.Property(c => c.SubmittedAtDivision).HasMaxLength(12);
    }
}
