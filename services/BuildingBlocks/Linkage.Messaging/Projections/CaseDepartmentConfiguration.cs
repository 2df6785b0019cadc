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
        // no index of department_id alone (decision 0811): the scopes' department test is ANDed with the case's id
        // (the key serves it) or ORed into a scan of the cases, where the index saved nothing the scan did not read
    }
}
