using Linkage.Ratings.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Ratings.Persistence;

public sealed class RatingConfiguration : IEntityTypeConfiguration<Rating>
{
    public const string OncePerChannelIndex = "ix_ratings_case_channel";
    public const string IdempotencyIndex = "ix_ratings_rater_idempotency_key";

    public void Configure(EntityTypeBuilder<Rating> b)
    {
        b.ToTable("ratings");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Channel).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Indicators).HasConversion(DimensionsJson.Converter, DimensionsJson.Comparer).HasColumnType("jsonb");
        b.Property(r => r.IndicatorSet).HasMaxLength(16);
        b.Property(r => r.MatterCode).HasMaxLength(36);
        b.Property(r => r.WindowOrgUnitId).HasMaxLength(64);
        b.Property(r => r.Comment).HasMaxLength(RatingLimits.CommentLength);
        b.Property(r => r.HandlingOrgUnitId).HasMaxLength(64);
        b.Property(r => r.HandlingDivision).HasMaxLength(12);
        b.Property(r => r.RaterSubject).HasMaxLength(128);
        b.Property(r => r.IdempotencyKey).HasMaxLength(RatingLimits.IdempotencyKeyLength);
        b.Ignore(r => r.IsBad);
        // 一次一评 / 一事一评: one rating per case per channel, enforced by the database as well.
        b.HasIndex(r => new { r.CaseId, r.Channel }).IsUnique().HasDatabaseName(OncePerChannelIndex);
        b.HasIndex(r => new { r.RaterSubject, r.IdempotencyKey }).IsUnique().HasDatabaseName(IdempotencyIndex)
            .HasFilter("\"IdempotencyKey\" IS NOT NULL");
        b.HasIndex(r => new { r.HandlingDivision, r.RatedOn });
        b.HasIndex(r => r.InvitationId).IsUnique().HasFilter("\"InvitationId\" IS NOT NULL");
    }
}
