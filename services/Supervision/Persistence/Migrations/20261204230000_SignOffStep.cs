using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Linkage.Supervision.Persistence.Migrations;

/// <summary>签发 (0141, 0631): a region's own sign-off limit in working days; null inherits.</summary>
[DbContext(typeof(SupervisionDbContext))]
[Migration("20261204230000_SignOffStep")]
public sealed class SignOffStep : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.AddColumn<int>(
        name: "SignOffWorkingDays", schema: "supervision", table: "rule_sets", type: "integer", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropColumn(
        name: "SignOffWorkingDays", schema: "supervision", table: "rule_sets");
}
