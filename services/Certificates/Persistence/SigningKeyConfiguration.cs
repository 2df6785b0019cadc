using Linkage.Certificates.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Certificates.Persistence;

public sealed class SigningKeyConfiguration : IEntityTypeConfiguration<SigningKey>
{
    public void Configure(EntityTypeBuilder<SigningKey> b)
    {
        b.ToTable("signing_keys");
        b.HasKey(k => k.Id);
        b.Property(k => k.Id).HasMaxLength(120);
        b.Property(k => k.OrgUnitId).HasMaxLength(64);
        b.Property(k => k.Division).HasMaxLength(12);
        b.Ignore(k => k.IsActive);
        // One active key per org unit; rotated ones stay for verification.
        b.HasIndex(k => k.OrgUnitId).IsUnique().HasFilter("\"RetiredAt\" IS NULL").HasDatabaseName("ix_signing_keys_active");
        b.HasIndex(k => new { k.OrgUnitId, k.CreatedAt });
    }
}
