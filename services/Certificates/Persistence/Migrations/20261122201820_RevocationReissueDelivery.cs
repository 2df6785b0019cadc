using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Certificates.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RevocationReissueDelivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_certificates_IssuerCreditCode_Serial",
                schema: "certificates",
                table: "certificates");

            migrationBuilder.AddColumn<string>(
                name: "ReissueReason",
                schema: "certificates",
                table: "certificates",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevocationReason",
                schema: "certificates",
                table: "certificates",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RevokedAt",
                schema: "certificates",
                table: "certificates",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevokedBy",
                schema: "certificates",
                table: "certificates",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedAtOrgUnitId",
                schema: "certificates",
                table: "certificates",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "deliveries",
                schema: "certificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CertificateId = table.Column<Guid>(type: "uuid", nullable: false),
                    Method = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DestinationOrgUnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    MailAddress = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    TrackingNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ArrangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DispatchedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeliveredBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_deliveries_certificates_CertificateId",
                        column: x => x.CertificateId,
                        principalSchema: "certificates",
                        principalTable: "certificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_certificates_IssuerCreditCode_Serial_Version",
                schema: "certificates",
                table: "certificates",
                columns: new[] { "IssuerCreditCode", "Serial", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_deliveries_CertificateId",
                schema: "certificates",
                table: "deliveries",
                column: "CertificateId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_deliveries_DestinationOrgUnitId_Status",
                schema: "certificates",
                table: "deliveries",
                columns: new[] { "DestinationOrgUnitId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "deliveries",
                schema: "certificates");

            migrationBuilder.DropIndex(
                name: "IX_certificates_IssuerCreditCode_Serial_Version",
                schema: "certificates",
                table: "certificates");

            migrationBuilder.DropColumn(
                name: "ReissueReason",
                schema: "certificates",
                table: "certificates");

            migrationBuilder.DropColumn(
                name: "RevocationReason",
                schema: "certificates",
                table: "certificates");

            migrationBuilder.DropColumn(
                name: "RevokedAt",
                schema: "certificates",
                table: "certificates");

            migrationBuilder.DropColumn(
                name: "RevokedBy",
                schema: "certificates",
                table: "certificates");

            migrationBuilder.DropColumn(
                name: "SubmittedAtOrgUnitId",
                schema: "certificates",
                table: "certificates");

            migrationBuilder.CreateIndex(
                name: "IX_certificates_IssuerCreditCode_Serial",
                schema: "certificates",
                table: "certificates",
                columns: new[] { "IssuerCreditCode", "Serial" },
                unique: true);
        }
    }
}
