using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Certificates.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MergedLicenceLegs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Legs",
                schema: "certificates",
                table: "certificates",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Legs",
                schema: "certificates",
                table: "certificates");
        }
    }
}
