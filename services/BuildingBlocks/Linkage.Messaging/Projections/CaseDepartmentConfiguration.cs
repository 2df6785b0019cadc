using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkage.Messaging;

/// <summary>Applied by the modules that keep the projection, in their own schema.</summary>
public sealed class CaseDepartmentConfiguration : IEntityTypeConfiguration<CaseDepartment>
{
    public void Configure(EntityTypeBuilder<CaseDepartment> b)
    {
        b.ToTable("case_departments");
        b.HasKey(d => new { d.CaseId, d.DepartmentId }).HasName("pk_case_departments");
        b.Property(d => d.CaseId).HasColumnName("case_id");
        b.Property(d => d.DepartmentId).HasColumnName("department_id").HasMaxLength(64);
        b.HasIndex(d => d.DepartmentId).HasDatabaseName("ix_case_departments_department_id");
    }
}
