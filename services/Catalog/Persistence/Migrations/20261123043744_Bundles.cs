using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Catalog.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Bundles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "bundles",
                schema: "catalog",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OrgUnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Legs = table.Column<List<string>>(type: "text[]", nullable: false),
                    Keywords = table.Column<List<string>>(type: "text[]", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CommittedLimit_Amount = table.Column<int>(type: "integer", nullable: false),
                    CommittedLimit_Unit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    MergedLicence_IssuerCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    MergedLicence_Produces = table.Column<bool>(type: "boolean", nullable: false),
                    MergedLicence_TypeCode = table.Column<string>(type: "character varying(21)", maxLength: 21, nullable: true),
                    MergedLicence_TypeName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    MergedLicence_ValidityYears = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bundles", x => new { x.Code, x.Version });
                    table.ForeignKey(
                        name: "FK_bundles_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalSchema: "catalog",
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_bundles_OrgUnitId",
                schema: "catalog",
                table: "bundles",
                column: "OrgUnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bundles",
                schema: "catalog");
        }
    }
}
