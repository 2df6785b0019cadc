using Linkage.Office.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Office.Persistence;

public sealed class FilingConfiguration : IEntityTypeConfiguration<NegativeFiling>
{
    public void Configure(EntityTypeBuilder<NegativeFiling> b)
    {
        b.ToTable("negative_filings");
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).ValueGeneratedNever();
        b.Property(f => f.CaseNumber).HasMaxLength(64);
        b.Property(f => f.MatterCode).HasMaxLength(36);
        b.Property(f => f.OrgUnitId).HasMaxLength(OfficeLimits.UnitLength);
        b.Property(f => f.Division).HasMaxLength(12);
        b.Property(f => f.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(f => f.Status).HasConversion<string>().HasMaxLength(24);
        b.Property(f => f.Reason).HasMaxLength(OfficeLimits.TextLength);
        b.Property(f => f.RaisedBy).HasMaxLength(OfficeLimits.SubjectLength);
        b.Property(f => f.RaisedByName).HasMaxLength(OfficeLimits.NameLength);
        b.Property(f => f.Explanation).HasMaxLength(OfficeLimits.TextLength);
        b.Property(f => f.LegalBasis).HasMaxLength(OfficeLimits.TextLength);
        b.Property(f => f.DecidedBy).HasMaxLength(OfficeLimits.SubjectLength);
        b.Property(f => f.Note).HasMaxLength(OfficeLimits.TextLength);
        b.Property(f => f.DepartmentId).HasMaxLength(OfficeLimits.UnitLength);
        b.Property<uint>("xmin").IsRowVersion();
        // one filing per case and kind, however often it is reported; a held rejection one per task (decision 0562)
        b.HasIndex(f => new { f.CaseId, f.Kind, f.TaskId }).IsUnique().AreNullsDistinct(false);
        b.HasIndex(f => new { f.Status, f.ReportBy }); // the sweep's scan
        b.HasIndex(f => f.Division);
    }
}
