using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Intake.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ClerkWindows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AcceptedAtWindow",
                schema: "intake",
                table: "cases",
                type: "character varying(80)",
                maxLength: 80,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "clerk_windows",
                schema: "intake",
                columns: table => new
                {
                    ClerkSubject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OrgUnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    WindowCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clerk_windows", x => x.ClerkSubject);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "clerk_windows",
                schema: "intake");

            migrationBuilder.DropColumn(
                name: "AcceptedAtWindow",
                schema: "intake",
                table: "cases");
        }
    }
}
