using Linkage.Catalog.Domain;
using Linkage.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Catalog.Persistence;

public sealed class ImplementationConfiguration : IEntityTypeConfiguration<Implementation>
{
    public void Configure(EntityTypeBuilder<Implementation> b)
    {
        b.ToTable("implementations");
        b.HasKey(i => new { i.Code, i.Version });
        b.Property(i => i.Code).HasMaxLength(BasicCode.ImplementationMaxLength);
        b.Property(i => i.MatterCode).HasMaxLength(BasicCode.MaxLength);
        b.HasIndex(i => i.MatterCode);
        b.HasOne<Matter>().WithMany().HasForeignKey(i => i.MatterCode).OnDelete(DeleteBehavior.Restrict);
        b.Property(i => i.OrgUnitId).HasMaxLength(64);
        b.HasIndex(i => i.OrgUnitId);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(i => i.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(i => i.CaseKind).HasConversion<string>().HasMaxLength(16);
        b.ComplexProperty(i => i.LegalLimit, Limit);
        b.ComplexProperty(i => i.CommittedLimit, Limit);
        b.Property(i => i.Materials).AsJsonb();
        b.Property(i => i.Departments).AsJsonb();
        b.Property(i => i.Fees).AsJsonb();
        b.Property(i => i.Hours).HasMaxLength(200);
        b.Property(i => i.InheritsFrom).HasMaxLength(BasicCode.ImplementationMaxLength);
        b.Property(i => i.Locks);
        b.Property(i => i.Provenance).AsJsonb();
        b.ComplexProperty(i => i.Licence, LicenceColumns);
    }

    internal static void LicenceColumns(ComplexPropertyBuilder<Licence> l)
    {
        l.Property(x => x.TypeCode).HasMaxLength(Licence.TypeCodeLength);
        l.Property(x => x.TypeName).HasMaxLength(100);
        l.Property(x => x.IssuerCreditCode).HasMaxLength(18);
    }

    /// <summary>Kernel's limit has get-only properties: mapped explicitly (through their backing fields).</summary>
    internal static void Limit(ComplexPropertyBuilder<HandlingTimeLimit> limit)
    {
        limit.Property(l => l.Amount);
        limit.Property(l => l.Unit).HasConversion<string>().HasMaxLength(16);
    }
}
