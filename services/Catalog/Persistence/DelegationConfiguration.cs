using Linkage.Catalog.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Catalog.Persistence;

public sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> b)
    {
        b.ToTable("delegations");
        b.HasKey(d => d.Id);
        b.Property(d => d.MatterCode).HasMaxLength(BasicCode.MaxLength);
        b.Property(d => d.FromImplementationCode).HasMaxLength(BasicCode.ImplementationMaxLength);
        b.Property(d => d.ToOrgUnitId).HasMaxLength(64);
        b.Property(d => d.ImplementationCode).HasMaxLength(BasicCode.ImplementationMaxLength);
        b.HasIndex(d => d.ImplementationCode);
        b.Property(d => d.DelegatedBy).HasMaxLength(100);
        b.Property(d => d.RevokedBy).HasMaxLength(100);
    }
}
