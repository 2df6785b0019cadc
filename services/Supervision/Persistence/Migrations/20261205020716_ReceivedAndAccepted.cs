using System;
using Microsoft.EntityFrameworkCore.Migrations;
using static Linkage.Supervision.Persistence.Migrations.CounterSql;

#nullable disable

namespace Linkage.Supervision.Persistence.Migrations
{
    /// <summary>收件 and 受理 apart (decision 0509): <c>Accepted</c> on the daily counters, their deltas and the region month
    /// cells (whose trigger function is redefined with it), back-filled from <c>Received</c>, which counted acceptances until
    /// now; the cases' day counted as accepted renamed from <c>ReceivedOn</c>; one receipt per case already watched, on that
    /// day. The steps' pending-deadline index for the breakdown's open tasks past due (0516).</summary>
    public partial class ReceivedAndAccepted : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "ReceivedOn",
                schema: "supervision",
                table: "cases",
                newName: "AcceptedDay");

            migrationBuilder.AddColumn<int>(
                name: "Accepted",
                schema: "supervision",
                table: "daily_counts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "receipts",
                schema: "supervision",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    HandlingDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    HandlingOrgUnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MatterCode = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    SubmittedAtOrgUnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubmittedAtDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_receipts", x => x.CaseId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_steps_Deadline",
                schema: "supervision",
                table: "steps",
                column: "Deadline",
                filter: "\"Decision\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_receipts_HandlingDivision_ReceivedOn",
                schema: "supervision",
                table: "receipts",
                columns: new[] { "HandlingDivision", "ReceivedOn" });

            migrationBuilder.Sql($"""
                ALTER TABLE supervision.count_deltas ADD COLUMN "Accepted" integer NOT NULL DEFAULT 0;
                ALTER TABLE supervision.region_months ADD COLUMN "Accepted" bigint NOT NULL DEFAULT 0;
                {RegionMonthsAdd(WithAccepted)}
                UPDATE supervision.daily_counts SET "Accepted" = "Received" WHERE "Received" <> 0;
                INSERT INTO supervision.receipts ("CaseId", "ReceivedOn", "HandlingDivision", "HandlingOrgUnitId", "MatterCode",
                    "SubmittedAtOrgUnitId", "SubmittedAtDivision")
                SELECT "Id", "AcceptedDay", "HandlingDivision", "HandlingOrgUnitId", "MatterCode", "SubmittedAtOrgUnitId", "SubmittedAtDivision"
                FROM supervision.cases;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                {RegionMonthsAdd(WithOnSite)}
                ALTER TABLE supervision.region_months DROP COLUMN "Accepted";
                ALTER TABLE supervision.count_deltas DROP COLUMN "Accepted";
                """);

            migrationBuilder.DropTable(
                name: "receipts",
                schema: "supervision");

            migrationBuilder.DropIndex(
                name: "IX_steps_Deadline",
                schema: "supervision",
                table: "steps");

            migrationBuilder.DropColumn(
                name: "Accepted",
                schema: "supervision",
                table: "daily_counts");

            migrationBuilder.RenameColumn(
                name: "AcceptedDay",
                schema: "supervision",
                table: "cases",
                newName: "ReceivedOn");
        }
    }
}
