using Linkage.Certificates.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Certificates.Persistence;

public sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> b)
    {
        b.ToTable("deliveries");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.HasOne<Certificate>().WithMany().HasForeignKey(d => d.CertificateId);
        b.HasIndex(d => d.CertificateId).IsUnique();
        b.Property(d => d.Method).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.DestinationOrgUnitId).HasMaxLength(64);
        b.Property(d => d.MailAddress).HasMaxLength(300);
        b.Property(d => d.TrackingNumber).HasMaxLength(64);
        b.Property(d => d.DeliveredBy).HasMaxLength(128);
        b.HasIndex(d => new { d.DestinationOrgUnitId, d.Status });
    }
}
