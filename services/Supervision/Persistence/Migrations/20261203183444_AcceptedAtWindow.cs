using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Supervision.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AcceptedAtWindow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "WindowId",
                schema: "supervision",
                table: "daily_counts",
                type: "character varying(80)",
                maxLength: 80,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);
            migrationBuilder.Sql("ALTER TABLE supervision.count_deltas ALTER COLUMN \"WindowId\" TYPE character varying(80);");

            migrationBuilder.AddColumn<string>(
                name: "AcceptedAtWindow",
                schema: "supervision",
                table: "cases",
                type: "character varying(80)",
                maxLength: 80,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE supervision.count_deltas ALTER COLUMN \"WindowId\" TYPE character varying(64);");
            migrationBuilder.DropColumn(
                name: "AcceptedAtWindow",
                schema: "supervision",
                table: "cases");

            migrationBuilder.AlterColumn<string>(
                name: "WindowId",
                schema: "supervision",
                table: "daily_counts",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(80)",
                oldMaxLength: 80);
        }
    }
}
