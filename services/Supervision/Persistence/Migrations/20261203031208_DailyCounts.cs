using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Supervision.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DailyCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "daily_counts",
                schema: "supervision",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    HandlingDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    HandlingOrgUnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MatterCode = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    Received = table.Column<int>(type: "integer", nullable: false),
                    Completed = table.Column<int>(type: "integer", nullable: false),
                    OnTime = table.Column<int>(type: "integer", nullable: false),
                    Early = table.Column<int>(type: "integer", nullable: false),
                    Instant = table.Column<int>(type: "integer", nullable: false),
                    CompletedLate = table.Column<int>(type: "integer", nullable: false),
                    StoppedWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    Yellow = table.Column<int>(type: "integer", nullable: false),
                    Red = table.Column<int>(type: "integer", nullable: false),
                    Ratings = table.Column<int>(type: "integer", nullable: false),
                    GradeSum = table.Column<int>(type: "integer", nullable: false),
                    Satisfied = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_daily_counts", x => new { x.Day, x.HandlingDivision, x.HandlingOrgUnitId, x.MatterCode });
                });

            migrationBuilder.CreateIndex(
                name: "IX_daily_counts_HandlingDivision_Day",
                schema: "supervision",
                table: "daily_counts",
                columns: new[] { "HandlingDivision", "Day" });

            // Cases watched before the counters existed: their receipts and completions, counted once.
            migrationBuilder.Sql("""
                INSERT INTO supervision.daily_counts ("Day", "HandlingDivision", "HandlingOrgUnitId", "MatterCode", "Received",
                    "Completed", "OnTime", "Early", "Instant", "CompletedLate", "StoppedWorkingDays", "Yellow", "Red", "Ratings",
                    "GradeSum", "Satisfied")
                SELECT day, division, unit, matter, sum(received), sum(completed), sum(on_time), sum(early), sum(instant), sum(late),
                    0, 0, 0, 0, 0, 0
                FROM (
                    SELECT "AcceptedOn" AS day, "HandlingDivision" AS division, "HandlingOrgUnitId" AS unit, "MatterCode" AS matter,
                        1 AS received, 0 AS completed, 0 AS on_time, 0 AS early, 0 AS instant, 0 AS late
                    FROM supervision.cases
                    UNION ALL
                    SELECT "CompletedOn", "HandlingDivision", "HandlingOrgUnitId", "MatterCode", 0, 1, ("OnTime" IS TRUE)::int,
                        ("Early" IS TRUE)::int, "Instant"::int, ("OnTime" IS FALSE)::int
                    FROM supervision.cases WHERE "CompletedOn" IS NOT NULL
                ) facts
                GROUP BY day, division, unit, matter
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "daily_counts",
                schema: "supervision");
        }
    }
}
