using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Approval.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class BundleLegs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_review_tasks_CaseId_DepartmentId",
                schema: "approval",
                table: "review_tasks");

            migrationBuilder.AddColumn<string>(
                name: "LegCode",
                schema: "approval",
                table: "review_timeline",
                type: "character varying(36)",
                maxLength: 36,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegCode",
                schema: "approval",
                table: "review_tasks",
                type: "character varying(36)",
                maxLength: 36,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Legs",
                schema: "approval",
                table: "review_cases",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "MergedLicence",
                schema: "approval",
                table: "review_cases",
                type: "jsonb",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_review_tasks_CaseId_LegCode_DepartmentId",
                schema: "approval",
                table: "review_tasks",
                columns: new[] { "CaseId", "LegCode", "DepartmentId" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_review_tasks_CaseId_LegCode_DepartmentId",
                schema: "approval",
                table: "review_tasks");

            migrationBuilder.DropColumn(
                name: "LegCode",
                schema: "approval",
                table: "review_timeline");

            migrationBuilder.DropColumn(
                name: "LegCode",
                schema: "approval",
                table: "review_tasks");

            migrationBuilder.DropColumn(
                name: "Legs",
                schema: "approval",
                table: "review_cases");

            migrationBuilder.DropColumn(
                name: "MergedLicence",
                schema: "approval",
                table: "review_cases");

            migrationBuilder.CreateIndex(
                name: "IX_review_tasks_CaseId_DepartmentId",
                schema: "approval",
                table: "review_tasks",
                columns: new[] { "CaseId", "DepartmentId" },
                unique: true);
        }
    }
}
