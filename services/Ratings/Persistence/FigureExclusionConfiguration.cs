using Linkage.Ratings.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Ratings.Persistence;

public sealed class FigureExclusionConfiguration : IEntityTypeConfiguration<FigureExclusion>
{
    public void Configure(EntityTypeBuilder<FigureExclusion> b)
    {
        b.ToTable("figure_exclusions");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Reason).HasMaxLength(RatingLimits.StepTextLength);
        b.Property(e => e.DecidedBy).HasMaxLength(128);
        b.HasIndex(e => e.RatingId).IsUnique();
    }
}
