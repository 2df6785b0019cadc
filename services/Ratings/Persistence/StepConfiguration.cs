using Linkage.Ratings.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Ratings.Persistence;

public sealed class StepConfiguration : IEntityTypeConfiguration<RectificationStep>
{
    public void Configure(EntityTypeBuilder<RectificationStep> b)
    {
        b.ToTable("rectification_steps");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Step).HasMaxLength(32);
        b.Property(s => s.By).HasMaxLength(128);
        b.Property(s => s.Note).HasMaxLength(RatingLimits.StepTextLength + 40);
        b.HasIndex(s => new { s.RectificationId, s.At });
    }
}
