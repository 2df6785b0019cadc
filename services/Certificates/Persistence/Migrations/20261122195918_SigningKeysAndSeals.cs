using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Certificates.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SigningKeysAndSeals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HolderCreditCode",
                schema: "certificates",
                table: "certificates",
                type: "character varying(18)",
                maxLength: 18,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "KeyId",
                schema: "certificates",
                table: "certificates",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PredecessorIdentifier",
                schema: "certificates",
                table: "certificates",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "signing_keys",
                schema: "certificates",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    OrgUnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Division = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    PublicKey = table.Column<byte[]>(type: "bytea", nullable: false),
                    EncryptedPrivateKey = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RetiredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signing_keys", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_signing_keys_active",
                schema: "certificates",
                table: "signing_keys",
                column: "OrgUnitId",
                unique: true,
                filter: "\"RetiredAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_signing_keys_OrgUnitId_CreatedAt",
                schema: "certificates",
                table: "signing_keys",
                columns: new[] { "OrgUnitId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "signing_keys",
                schema: "certificates");

            migrationBuilder.DropColumn(
                name: "HolderCreditCode",
                schema: "certificates",
                table: "certificates");

            migrationBuilder.DropColumn(
                name: "KeyId",
                schema: "certificates",
                table: "certificates");

            migrationBuilder.DropColumn(
                name: "PredecessorIdentifier",
                schema: "certificates",
                table: "certificates");
        }
    }
}
