using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Linkage.Intake.Persistence.Migrations;

/// <summary>An organisation applicant's legal representative as taken in: name, masked ID and keyed digest (decision 0672). Rows from before stay empty: their hand-over is checked on the papers shown, as before.</summary>
[DbContext(typeof(IntakeDbContext))]
[Migration("20261205110000_ApplicantLegalRepresentative")]
public sealed class ApplicantLegalRepresentative : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "Applicant_LegalRepresentative", schema: "intake", table: "cases", type: "jsonb", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "Applicant_LegalRepresentative", schema: "intake", table: "cases");
}
