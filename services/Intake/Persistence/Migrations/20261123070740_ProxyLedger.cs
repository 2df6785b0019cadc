using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Intake.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ProxyLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "proxy_ledger",
                schema: "intake",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StationOrgUnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StationDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    AgentSubject = table.Column<string>(type: "text", nullable: false),
                    AgentName = table.Column<string>(type: "text", nullable: false),
                    PrincipalName = table.Column<string>(type: "text", nullable: false),
                    PrincipalMaskedId = table.Column<string>(type: "text", nullable: false),
                    PrincipalDigest = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MatterCode = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    Request = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AskedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    CaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ForwardedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Window = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RepliedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Delivery = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ArchivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FollowUpOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FollowUpSatisfied = table.Column<bool>(type: "boolean", nullable: true),
                    FollowUpNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    FollowedUpAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_proxy_ledger", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_proxy_ledger_CaseId",
                schema: "intake",
                table: "proxy_ledger",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_proxy_ledger_StationDivision",
                schema: "intake",
                table: "proxy_ledger",
                column: "StationDivision");

            migrationBuilder.CreateIndex(
                name: "IX_proxy_ledger_StationOrgUnitId_AskedAt",
                schema: "intake",
                table: "proxy_ledger",
                columns: new[] { "StationOrgUnitId", "AskedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "proxy_ledger",
                schema: "intake");
        }
    }
}
