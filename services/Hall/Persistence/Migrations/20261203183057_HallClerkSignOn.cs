using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Hall.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class HallClerkSignOn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClerkSubject",
                schema: "hall",
                table: "windows",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SignedOnAt",
                schema: "hall",
                table: "windows",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_windows_OrgUnitId_ClerkSubject",
                schema: "hall",
                table: "windows",
                columns: new[] { "OrgUnitId", "ClerkSubject" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_windows_OrgUnitId_ClerkSubject",
                schema: "hall",
                table: "windows");

            migrationBuilder.DropColumn(
                name: "ClerkSubject",
                schema: "hall",
                table: "windows");

            migrationBuilder.DropColumn(
                name: "SignedOnAt",
                schema: "hall",
                table: "windows");
        }
    }
}
