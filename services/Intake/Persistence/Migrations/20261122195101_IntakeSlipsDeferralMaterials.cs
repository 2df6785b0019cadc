using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Intake.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IntakeSlipsDeferralMaterials : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "DeemedAccepted",
                schema: "intake",
                table: "cases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<List<string>>(
                name: "DeferredMaterials",
                schema: "intake",
                table: "cases",
                type: "text[]",
                nullable: false,
                defaultValueSql: "\'{}\'::text[]");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LastSuppliedAt",
                schema: "intake",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Limit_Amount",
                schema: "intake",
                table: "cases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "Limit_CalendarDays",
                schema: "intake",
                table: "cases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Limit_Instant",
                schema: "intake",
                table: "cases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "NoticeIssuedAt",
                schema: "intake",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefusalReason",
                schema: "intake",
                table: "cases",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "SupplementMaterials",
                schema: "intake",
                table: "cases",
                type: "text[]",
                nullable: false,
                defaultValueSql: "\'{}\'::text[]");

            migrationBuilder.AddColumn<string>(
                name: "SupplementReason",
                schema: "intake",
                table: "cases",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SupplyBy",
                schema: "intake",
                table: "cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "TerminatedAt",
                schema: "intake",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "credit_flags",
                schema: "intake",
                columns: table => new
                {
                    id_digest = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    flagged_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    division = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    flagged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credit_flags", x => x.id_digest);
                });

            migrationBuilder.CreateTable(
                name: "material_blobs",
                schema: "intake",
                columns: table => new
                {
                    file_id = table.Column<Guid>(type: "uuid", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_material_blobs", x => x.file_id);
                });

            migrationBuilder.CreateTable(
                name: "material_files",
                schema: "intake",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    material_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_material_files", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cases_Status_ReceivedAt",
                schema: "intake",
                table: "cases",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_material_files_case_id",
                schema: "intake",
                table: "material_files",
                column: "case_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "credit_flags",
                schema: "intake");

            migrationBuilder.DropTable(
                name: "material_blobs",
                schema: "intake");

            migrationBuilder.DropTable(
                name: "material_files",
                schema: "intake");

            migrationBuilder.DropIndex(
                name: "IX_cases_Status_ReceivedAt",
                schema: "intake",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "DeemedAccepted",
                schema: "intake",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "DeferredMaterials",
                schema: "intake",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "LastSuppliedAt",
                schema: "intake",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "Limit_Amount",
                schema: "intake",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "Limit_CalendarDays",
                schema: "intake",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "Limit_Instant",
                schema: "intake",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "NoticeIssuedAt",
                schema: "intake",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "RefusalReason",
                schema: "intake",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "SupplementMaterials",
                schema: "intake",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "SupplementReason",
                schema: "intake",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "SupplyBy",
                schema: "intake",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "TerminatedAt",
                schema: "intake",
                table: "cases");
        }
    }
}
