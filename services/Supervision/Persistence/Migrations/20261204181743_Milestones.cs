using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Supervision.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Milestones : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AcceptanceWorkingDays",
                schema: "supervision",
                table: "rule_sets",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CertificateDays",
                schema: "supervision",
                table: "rule_sets",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "milestones",
                schema: "supervision",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Division = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    Armed = table.Column<bool>(type: "boolean", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    DoneAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    NextCheckOn = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_milestones", x => new { x.CaseId, x.Kind });
                });

            migrationBuilder.CreateIndex(
                name: "IX_milestones_NextCheckOn",
                schema: "supervision",
                table: "milestones",
                column: "NextCheckOn",
                filter: "\"NextCheckOn\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "milestones",
                schema: "supervision");

            migrationBuilder.DropColumn(
                name: "AcceptanceWorkingDays",
                schema: "supervision",
                table: "rule_sets");

            migrationBuilder.DropColumn(
                name: "CertificateDays",
                schema: "supervision",
                table: "rule_sets");
        }
    }
}
