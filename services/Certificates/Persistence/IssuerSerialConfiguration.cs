using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Certificates.Persistence;

public sealed class IssuerSerialConfiguration : IEntityTypeConfiguration<IssuerSerial>
{
    public void Configure(EntityTypeBuilder<IssuerSerial> b)
    {
        b.ToTable("issuer_serials");
        b.HasKey(s => s.IssuerCreditCode);
        b.Property(s => s.IssuerCreditCode).HasMaxLength(18);
    }
}
