using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Supervision.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AcceptanceStep : Migration
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

            migrationBuilder.CreateTable(
                name: "acceptance_steps",
                schema: "supervision",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Division = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    Answer = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    NextCheckOn = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_acceptance_steps", x => x.CaseId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_acceptance_steps_NextCheckOn",
                schema: "supervision",
                table: "acceptance_steps",
                column: "NextCheckOn",
                filter: "\"NextCheckOn\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "acceptance_steps",
                schema: "supervision");

            migrationBuilder.DropColumn(
                name: "AcceptanceWorkingDays",
                schema: "supervision",
                table: "rule_sets");
        }
    }
}
