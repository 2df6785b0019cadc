using System.Text.Json;
using Linkage.Approval.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Approval.Persistence;

public sealed class ReviewTaskConfiguration : IEntityTypeConfiguration<ReviewTask>
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<ReviewTask> b)
    {
        b.ToTable("review_tasks");
        b.HasKey(t => t.Id);
        b.Property(t => t.Id).ValueGeneratedNever();
        b.Property(t => t.LegCode).HasMaxLength(36);
        b.Property(t => t.DepartmentId).HasMaxLength(64);
        b.Property(t => t.DepartmentName).HasMaxLength(200);
        b.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.Reason).HasMaxLength(2000);
        b.Property(t => t.LegalBasis).HasMaxLength(500);
        b.Property(t => t.DecidedBy).HasMaxLength(128);
        b.Property(t => t.DecidedByName).HasMaxLength(200);
        b.Property(t => t.AssignedTo).HasMaxLength(128);
        b.Property(t => t.AssignedToName).HasMaxLength(200);
        b.Property(t => t.WaitingRejection).HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, Json), v => JsonSerializer.Deserialize<ApprovedRejection>(v, Json));
        // The join rule's storage: exactly one row per case, leg and department (no leg = a single-matter case).
        b.HasIndex(t => new { t.CaseId, t.LegCode, t.DepartmentId }).IsUnique().AreNullsDistinct(false);
        // The inbox: a department's tasks of one status, key projects first, then by deadline (decision 0693).
        b.HasIndex(t => new { t.DepartmentId, t.Status, t.KeyProject, t.Deadline, t.Id }).IsDescending(false, false, true, false, false);
    }
}
