using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Hall.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class HallRowVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                schema: "hall",
                table: "windows",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                schema: "hall",
                table: "service_areas",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "xmin",
                schema: "hall",
                table: "windows");

            migrationBuilder.DropColumn(
                name: "xmin",
                schema: "hall",
                table: "service_areas");
        }
    }
}
