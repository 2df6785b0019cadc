using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Intake.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FeeBearingInstantAndStatusCode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Limit_FeeBearing",
                schema: "intake",
                table: "cases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "StatusCodeExpiresAt",
                schema: "intake",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StatusCodeFailures",
                schema: "intake",
                table: "cases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "StatusCodeHash",
                schema: "intake",
                table: "cases",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Limit_FeeBearing",
                schema: "intake",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "StatusCodeExpiresAt",
                schema: "intake",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "StatusCodeFailures",
                schema: "intake",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "StatusCodeHash",
                schema: "intake",
                table: "cases");
        }
    }
}
