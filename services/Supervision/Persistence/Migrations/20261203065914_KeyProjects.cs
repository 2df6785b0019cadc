using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Supervision.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class KeyProjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "KeyProjectGuide",
                schema: "supervision",
                table: "cases",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "KeyProjectMarkedAt",
                schema: "supervision",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "KeyProjectMarkedBy",
                schema: "supervision",
                table: "cases",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "KeyProjectTargetOn",
                schema: "supervision",
                table: "cases",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_KeyProjectMarkedAt",
                schema: "supervision",
                table: "cases",
                column: "KeyProjectMarkedAt",
                filter: "\"KeyProjectMarkedAt\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_KeyProjectMarkedAt",
                schema: "supervision",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "KeyProjectGuide",
                schema: "supervision",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "KeyProjectMarkedAt",
                schema: "supervision",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "KeyProjectMarkedBy",
                schema: "supervision",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "KeyProjectTargetOn",
                schema: "supervision",
                table: "cases");
        }
    }
}
