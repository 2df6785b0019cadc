using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Supervision.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WindowsDepartmentsRollUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_daily_counts",
                schema: "supervision",
                table: "daily_counts");

            migrationBuilder.AddColumn<string>(
                name: "WindowId",
                schema: "supervision",
                table: "daily_counts",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DepartmentId",
                schema: "supervision",
                table: "daily_counts",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "PublishedVersion",
                schema: "supervision",
                table: "daily_counts",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "RolledUpFrom",
                schema: "supervision",
                table: "daily_counts",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "Version",
                schema: "supervision",
                table: "daily_counts",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddPrimaryKey(
                name: "PK_daily_counts",
                schema: "supervision",
                table: "daily_counts",
                columns: new[] { "Day", "HandlingDivision", "HandlingOrgUnitId", "MatterCode", "WindowId", "DepartmentId" });

            migrationBuilder.CreateIndex(
                name: "ix_daily_counts_unpublished",
                schema: "supervision",
                table: "daily_counts",
                column: "Version",
                filter: "\"Version\" > \"PublishedVersion\"");

            // Figures counted before the roll-up are sent up once too (decision 0520).
            migrationBuilder.Sql("""UPDATE supervision.daily_counts SET "Version" = 1""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_daily_counts",
                schema: "supervision",
                table: "daily_counts");

            migrationBuilder.DropIndex(
                name: "ix_daily_counts_unpublished",
                schema: "supervision",
                table: "daily_counts");

            migrationBuilder.DropColumn(
                name: "WindowId",
                schema: "supervision",
                table: "daily_counts");

            migrationBuilder.DropColumn(
                name: "DepartmentId",
                schema: "supervision",
                table: "daily_counts");

            migrationBuilder.DropColumn(
                name: "PublishedVersion",
                schema: "supervision",
                table: "daily_counts");

            migrationBuilder.DropColumn(
                name: "RolledUpFrom",
                schema: "supervision",
                table: "daily_counts");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "supervision",
                table: "daily_counts");

            migrationBuilder.AddPrimaryKey(
                name: "PK_daily_counts",
                schema: "supervision",
                table: "daily_counts",
                columns: new[] { "Day", "HandlingDivision", "HandlingOrgUnitId", "MatterCode" });
        }
    }
}
