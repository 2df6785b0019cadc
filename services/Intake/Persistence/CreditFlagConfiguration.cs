using Linkage.Intake.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Intake.Persistence;

public sealed class CreditFlagConfiguration : IEntityTypeConfiguration<CreditFlag>
{
    public void Configure(EntityTypeBuilder<CreditFlag> b)
    {
        b.ToTable("credit_flags");
        b.HasKey(f => new { f.IdDigest, f.Division });
        b.Property(f => f.IdDigest).HasColumnName("id_digest").HasMaxLength(64);
        b.Property(f => f.Reason).HasColumnName("reason").HasMaxLength(500);
        b.Property(f => f.FlaggedBy).HasColumnName("flagged_by").HasMaxLength(200);
        b.Property(f => f.Division).HasColumnName("division").HasMaxLength(12);
        b.Property(f => f.FlaggedAt).HasColumnName("flagged_at");
    }
}
