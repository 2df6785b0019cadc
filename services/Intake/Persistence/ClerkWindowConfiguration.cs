using Linkage.Intake.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Intake.Persistence;

public sealed class ClerkWindowConfiguration : IEntityTypeConfiguration<ClerkWindow>
{
    public void Configure(EntityTypeBuilder<ClerkWindow> b)
    {
        b.ToTable("clerk_windows");
        b.HasKey(w => w.ClerkSubject);
        b.Property(w => w.ClerkSubject).HasMaxLength(200);
        b.Property(w => w.OrgUnitId).HasMaxLength(64);
        b.Property(w => w.WindowCode).HasMaxLength(16);
    }
}
