using Linkage.Supervision.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Supervision.Persistence;

public sealed class InvestmentProjectConfiguration : IEntityTypeConfiguration<InvestmentProject>
{
    public void Configure(EntityTypeBuilder<InvestmentProject> b)
    {
        b.ToTable("investment_projects");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Name).HasMaxLength(100);
        b.Property(p => p.ProjectCode).HasMaxLength(24);
        b.HasIndex(p => p.ProjectCode).IsUnique();
        b.Property(p => p.InvestorName).HasMaxLength(100);
        b.Property(p => p.InvestorCreditCode).HasMaxLength(18);
        b.Property(p => p.Division).HasMaxLength(12);
        b.Property(p => p.Guide).HasMaxLength(50);
        b.Property(p => p.MarkedBy).HasMaxLength(128);
        b.HasIndex(p => new { p.Division, p.TargetOn }); // the ledger
        b.HasIndex(p => p.NextCheckOn).HasFilter("\"NextCheckOn\" IS NOT NULL"); // the target sweep's due-date index
    }
}
