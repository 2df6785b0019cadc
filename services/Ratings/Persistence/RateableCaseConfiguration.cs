using Linkage.Ratings.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Ratings.Persistence;

public sealed class RateableCaseConfiguration : IEntityTypeConfiguration<RateableCase>
{
    public void Configure(EntityTypeBuilder<RateableCase> b)
    {
        b.ToTable("cases");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.CaseNumber).HasMaxLength(40);
        b.Property(c => c.MatterCode).HasMaxLength(36);
        b.Property(c => c.HandlingOrgUnitId).HasMaxLength(64);
        b.Property(c => c.HandlingDivision).HasMaxLength(12);
        b.Property(c => c.SubmittedAtOrgUnitId).HasMaxLength(64);
        b.Property(c => c.SubmittedAtDivision).HasMaxLength(12);
        b.Property(c => c.ApplicantIdDigest).HasMaxLength(64);
        b.Property<uint>("xmin").IsRowVersion();
    }
}
