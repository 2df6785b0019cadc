using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Supervision.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MonthlyAssessment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Online",
                schema: "supervision",
                table: "daily_counts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RectificationsClosed",
                schema: "supervision",
                table: "daily_counts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RectificationsOverdue",
                schema: "supervision",
                table: "daily_counts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "assessment_rules",
                schema: "supervision",
                columns: table => new
                {
                    Division = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Terms = table.Column<string>(type: "jsonb", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_rules", x => x.Division);
                });

            migrationBuilder.CreateTable(
                name: "assessments",
                schema: "supervision",
                columns: table => new
                {
                    Division = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    TermsJson = table.Column<string>(type: "text", nullable: false),
                    ResultJson = table.Column<string>(type: "text", nullable: false),
                    RunBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    RunAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessments", x => new { x.Division, x.Month });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessment_rules",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "assessments",
                schema: "supervision");

            migrationBuilder.DropColumn(
                name: "Online",
                schema: "supervision",
                table: "daily_counts");

            migrationBuilder.DropColumn(
                name: "RectificationsClosed",
                schema: "supervision",
                table: "daily_counts");

            migrationBuilder.DropColumn(
                name: "RectificationsOverdue",
                schema: "supervision",
                table: "daily_counts");
        }
    }
}
