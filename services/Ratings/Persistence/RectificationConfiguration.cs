using Linkage.Ratings.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Ratings.Persistence;

public sealed class RectificationConfiguration : IEntityTypeConfiguration<Rectification>
{
    public void Configure(EntityTypeBuilder<Rectification> b)
    {
        b.ToTable("rectifications");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.CaseNumber).HasMaxLength(40);
        b.Property(r => r.MatterCode).HasMaxLength(36);
        b.Property(r => r.HandlingOrgUnitId).HasMaxLength(64);
        b.Property(r => r.HandlingDivision).HasMaxLength(12);
        b.Property(r => r.Channel).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Comment).HasMaxLength(RatingLimits.CommentLength);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.RaterIdDigest).HasMaxLength(64);
        b.Property(r => r.Resolution).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Result).HasMaxLength(RatingLimits.StepTextLength);
        b.Property(r => r.FollowUpComment).HasMaxLength(RatingLimits.CommentLength);
        b.Property(r => r.RelayedFrom).HasMaxLength(12);
        b.HasIndex(r => r.RatingId).IsUnique();
        b.HasIndex(r => new { r.HandlingDivision, r.Status, r.Deadline });
        b.Property<uint>("xmin").IsRowVersion();
    }
}
