using Linkage.Intake.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Intake.Persistence;

public sealed class CreditFlagChangeConfiguration : IEntityTypeConfiguration<CreditFlagChange>
{
    public void Configure(EntityTypeBuilder<CreditFlagChange> b)
    {
        b.ToTable("credit_flag_changes");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).HasColumnName("id");
        b.Property(c => c.IdDigest).HasColumnName("id_digest").HasMaxLength(64);
        b.HasIndex(c => c.IdDigest);
        b.Property(c => c.Division).HasColumnName("division").HasMaxLength(12);
        b.Property(c => c.Action).HasColumnName("action").HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Reason).HasColumnName("reason").HasMaxLength(500);
        b.Property(c => c.Actor).HasColumnName("actor").HasMaxLength(200);
        b.Property(c => c.ActorDivision).HasColumnName("actor_division").HasMaxLength(12);
        b.Property(c => c.At).HasColumnName("at");
    }
}
