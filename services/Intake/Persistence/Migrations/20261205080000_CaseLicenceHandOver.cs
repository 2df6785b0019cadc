using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Linkage.Intake.Persistence.Migrations;

/// <summary>The delivery of a case's licence, as it reached this deployment (decision 0658): which identifier, how,
/// when, recorded by whom, and the collector (masked ID; a company's collector's name and authorisation letter).
/// Licences delivered before stay empty.</summary>
[DbContext(typeof(IntakeDbContext))]
[Migration("20261205080000_CaseLicenceHandOver")]
public sealed class CaseLicenceHandOver : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "HandOver", schema: "intake", table: "cases", type: "jsonb", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "HandOver", schema: "intake", table: "cases");
}
