using Linkage.Supervision.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Supervision.Persistence;

public sealed class AcceptanceStepConfiguration : IEntityTypeConfiguration<AcceptanceStep>
{
    public void Configure(EntityTypeBuilder<AcceptanceStep> b)
    {
        b.ToTable("acceptance_steps");
        b.HasKey(s => s.CaseId);
        b.Property(s => s.CaseId).ValueGeneratedNever();
        b.Property(s => s.CaseNumber).HasMaxLength(40);
        b.Property(s => s.Division).HasMaxLength(12);
        b.Property(s => s.Answer).HasMaxLength(16);
        b.Ignore(s => s.IsReceived);
        b.Ignore(s => s.IsAnswered);
        b.Ignore(s => s.AnsweredLate);
        b.HasIndex(s => s.NextCheckOn).HasFilter("\"NextCheckOn\" IS NOT NULL"); // the sweep's due-date index
        b.Property<uint>("xmin").IsRowVersion();
    }
}
