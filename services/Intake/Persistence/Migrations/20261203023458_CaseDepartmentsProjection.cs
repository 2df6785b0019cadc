using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Intake.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CaseDepartmentsProjection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_credit_flags",
                schema: "intake",
                table: "credit_flags");

            migrationBuilder.AddPrimaryKey(
                name: "PK_credit_flags",
                schema: "intake",
                table: "credit_flags",
                columns: new[] { "id_digest", "division" });

            migrationBuilder.CreateTable(
                name: "case_departments",
                schema: "intake",
                columns: table => new
                {
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    department_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_departments", x => new { x.case_id, x.department_id });
                });

            migrationBuilder.CreateTable(
                name: "credit_flag_changes",
                schema: "intake",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    id_digest = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    division = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    action = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    actor_division = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credit_flag_changes", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_departments_department_id",
                schema: "intake",
                table: "case_departments",
                column: "department_id");

            migrationBuilder.CreateIndex(
                name: "IX_credit_flag_changes_id_digest",
                schema: "intake",
                table: "credit_flag_changes",
                column: "id_digest");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_departments",
                schema: "intake");

            migrationBuilder.DropTable(
                name: "credit_flag_changes",
                schema: "intake");

            migrationBuilder.DropPrimaryKey(
                name: "PK_credit_flags",
                schema: "intake",
                table: "credit_flags");

            migrationBuilder.AddPrimaryKey(
                name: "PK_credit_flags",
                schema: "intake",
                table: "credit_flags",
                column: "id_digest");
        }
    }
}
