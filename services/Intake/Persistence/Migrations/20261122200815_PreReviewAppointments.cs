using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Intake.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PreReviewAppointments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "PreReviewBring",
                schema: "intake",
                table: "cases",
                type: "text[]",
                nullable: false,
                defaultValueSql: "\'{}\'::text[]");

            migrationBuilder.AddColumn<string>(
                name: "PreReviewNote",
                schema: "intake",
                table: "cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PreReviewedAt",
                schema: "intake",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "appointments",
                schema: "intake",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    matter_code = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    org_unit_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    division = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    applicant_digest = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    applicant_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    booked_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    booked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appointments", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_appointments_division",
                schema: "intake",
                table: "appointments",
                column: "division");

            migrationBuilder.CreateIndex(
                name: "IX_appointments_org_unit_id_date_start",
                schema: "intake",
                table: "appointments",
                columns: new[] { "org_unit_id", "date", "start" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "appointments",
                schema: "intake");

            migrationBuilder.DropColumn(
                name: "PreReviewBring",
                schema: "intake",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "PreReviewNote",
                schema: "intake",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "PreReviewedAt",
                schema: "intake",
                table: "cases");
        }
    }
}
