using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Catalog.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ImplementationTermsAndDelegations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Active",
                schema: "catalog",
                table: "implementations",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "Fees",
                schema: "catalog",
                table: "implementations",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'[]'::jsonb");

            migrationBuilder.AddColumn<string>(
                name: "Hours",
                schema: "catalog",
                table: "implementations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InheritsFrom",
                schema: "catalog",
                table: "implementations",
                type: "character varying(36)",
                maxLength: 36,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "Locks",
                schema: "catalog",
                table: "implementations",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<int>(
                name: "MatterVersion",
                schema: "catalog",
                table: "implementations",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "Provenance",
                schema: "catalog",
                table: "implementations",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'[]'::jsonb");

            migrationBuilder.CreateTable(
                name: "delegations",
                schema: "catalog",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MatterCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    FromImplementationCode = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    ToOrgUnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ImplementationCode = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    DelegatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DelegatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RevokedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_delegations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_delegations_ImplementationCode",
                schema: "catalog",
                table: "delegations",
                column: "ImplementationCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "delegations",
                schema: "catalog");

            migrationBuilder.DropColumn(
                name: "Active",
                schema: "catalog",
                table: "implementations");

            migrationBuilder.DropColumn(
                name: "Fees",
                schema: "catalog",
                table: "implementations");

            migrationBuilder.DropColumn(
                name: "Hours",
                schema: "catalog",
                table: "implementations");

            migrationBuilder.DropColumn(
                name: "InheritsFrom",
                schema: "catalog",
                table: "implementations");

            migrationBuilder.DropColumn(
                name: "Locks",
                schema: "catalog",
                table: "implementations");

            migrationBuilder.DropColumn(
                name: "MatterVersion",
                schema: "catalog",
                table: "implementations");

            migrationBuilder.DropColumn(
                name: "Provenance",
                schema: "catalog",
                table: "implementations");
        }
    }
}
