using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Linkage.Certificates.Persistence.Migrations;

/// <summary>The case-departments projection keeps only its key (case_id, department_id): the index of department_id
/// alone was written with every row and read by no plan the scopes need (decision 0811).</summary>
[DbContext(typeof(CertificatesDbContext))]
[Migration("20261207100000_CaseDepartmentsKeyOnly")]
public sealed class CaseDepartmentsKeyOnly : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropIndex(name: "ix_case_departments_department_id", schema: "certificates", table: "case_departments");

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateIndex(name: "ix_case_departments_department_id", schema: "certificates", table: "case_departments",
            column: "department_id");
}
