using Linkage.Supervision.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Supervision.Persistence;

public sealed class SupervisedCaseConfiguration : IEntityTypeConfiguration<SupervisedCase>
{
    public void Configure(EntityTypeBuilder<SupervisedCase> b)
    {
        b.ToTable("cases");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.CaseNumber).HasMaxLength(40);
        b.Property(c => c.MatterCode).HasMaxLength(36);
        b.Property(c => c.MatterName).HasMaxLength(200);
        b.Property(c => c.HandlingOrgUnitId).HasMaxLength(64);
        b.Property(c => c.SubmittedAtOrgUnitId).HasMaxLength(64);
        b.Property(c => c.AcceptedAtWindow).HasMaxLength(80);
        b.Ignore(c => c.CountedWindow);
        b.Property(c => c.HandlingDivision).HasMaxLength(12);
        b.Property(c => c.SubmittedAtDivision).HasMaxLength(12);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Outcome).HasMaxLength(24);
        b.Property(c => c.Channel).HasMaxLength(16);
        b.Property(c => c.Channel).HasMaxLength(16);
        b.HasIndex(c => new { c.HandlingDivision, c.AcceptedOn });
        b.HasIndex(c => new { c.HandlingDivision, c.CompletedOn });
        b.HasIndex(c => new { c.Status, c.DueDate });
        b.HasIndex(c => c.SubmittedAtDivision);
        b.Property(c => c.KeyProjectGuide).HasMaxLength(50);
        b.Property(c => c.KeyProjectMarkedBy).HasMaxLength(128);
        b.Ignore(c => c.IsKeyProject);
        b.HasIndex(c => c.KeyProjectMarkedAt).HasFilter("\"KeyProjectMarkedAt\" IS NOT NULL"); // the key-project ledger
        b.HasIndex(c => c.InvestmentProjectId).HasFilter("\"InvestmentProjectId\" IS NOT NULL"); // an investment project's cases
        b.HasIndex(c => c.NextCheckOn).HasFilter("\"NextCheckOn\" IS NOT NULL"); // the sweep's due-date index
        b.OwnsMany(c => c.Steps, s =>
        {
            s.ToTable("steps");
            s.WithOwner().HasForeignKey("CaseId");
            s.HasKey(e => e.TaskId);
            s.Property(e => e.TaskId).ValueGeneratedNever();
            s.Property(e => e.DepartmentId).HasMaxLength(64);
            s.Property(e => e.Decision).HasMaxLength(24);
            s.HasIndex(e => e.Deadline).HasFilter("\"Decision\" IS NULL"); // the breakdown's open tasks past due (0516)
        });
        b.OwnsMany(c => c.Timeline, t =>
        {
            t.ToTable("timeline_entries");
            t.WithOwner().HasForeignKey("CaseId");
            t.HasKey(e => e.Id);
            t.Property(e => e.Id).ValueGeneratedNever();
            t.Property(e => e.Kind).HasConversion<string>().HasMaxLength(24);
            t.Property(e => e.Detail).HasMaxLength(200);
        });
        b.Property<uint>("xmin").IsRowVersion();
    }
}
