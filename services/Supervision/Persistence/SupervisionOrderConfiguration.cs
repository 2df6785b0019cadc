using Linkage.Supervision.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Supervision.Persistence;

public sealed class SupervisionOrderConfiguration : IEntityTypeConfiguration<SupervisionOrder>
{
    public void Configure(EntityTypeBuilder<SupervisionOrder> b)
    {
        b.ToTable("orders");
        b.HasKey(o => o.Id);
        b.Property(o => o.Id).ValueGeneratedNever();
        b.Property(o => o.CaseNumber).HasMaxLength(40);
        b.Property(o => o.IssuedBy).HasMaxLength(128);
        b.Property(o => o.IssuedByDivision).HasMaxLength(12);
        b.Property(o => o.TargetDivision).HasMaxLength(12);
        b.Property(o => o.Instruction).HasMaxLength(500);
        b.Property(o => o.Reply).HasMaxLength(1000);
        b.Property(o => o.RepliedBy).HasMaxLength(128);
        b.Property(o => o.EscalatedTo).HasMaxLength(12);
        b.HasIndex(o => new { o.TargetDivision, o.IssuedAt });
        b.HasIndex(o => o.NextEscalationOn).HasFilter("\"NextEscalationOn\" IS NOT NULL"); // the escalation sweep's index
        b.Property<uint>("xmin").IsRowVersion();
    }
}
