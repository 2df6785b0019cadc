using System;
using Microsoft.EntityFrameworkCore.Migrations;
using static Linkage.Supervision.Persistence.Migrations.CounterSql;

#nullable disable

namespace Linkage.Supervision.Persistence.Migrations
{
    /// <summary>现场办结 and the day received (decision 0586): the cases' channel, on-site mark and day received (the
    /// acceptance day for the cases already there), <c>OnSite</c> on the daily counters, their deltas and the region month
    /// cells, whose trigger function is redefined with it; the owner of a milestone's counter row (0589).</summary>
    public partial class OnSiteAndStepOwners : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MatterCode",
                schema: "supervision",
                table: "milestones",
                type: "character varying(36)",
                maxLength: 36,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "OrgUnitId",
                schema: "supervision",
                table: "milestones",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "WindowId",
                schema: "supervision",
                table: "milestones",
                type: "character varying(80)",
                maxLength: 80,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "OnSite",
                schema: "supervision",
                table: "daily_counts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Channel",
                schema: "supervision",
                table: "cases",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OnSite",
                schema: "supervision",
                table: "cases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReceivedOn",
                schema: "supervision",
                table: "cases",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.Sql($"""
                UPDATE supervision.cases SET "ReceivedOn" = "AcceptedOn";
                ALTER TABLE supervision.count_deltas ADD COLUMN "OnSite" integer NOT NULL DEFAULT 0;
                ALTER TABLE supervision.region_months ADD COLUMN "OnSite" bigint NOT NULL DEFAULT 0;
                {RegionMonthsAdd(WithOnSite)}
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                {RegionMonthsAdd(Columns)}
                ALTER TABLE supervision.region_months DROP COLUMN "OnSite";
                ALTER TABLE supervision.count_deltas DROP COLUMN "OnSite";
                """);

            migrationBuilder.DropColumn(
                name: "MatterCode",
                schema: "supervision",
                table: "milestones");

            migrationBuilder.DropColumn(
                name: "OrgUnitId",
                schema: "supervision",
                table: "milestones");

            migrationBuilder.DropColumn(
                name: "WindowId",
                schema: "supervision",
                table: "milestones");

            migrationBuilder.DropColumn(
                name: "OnSite",
                schema: "supervision",
                table: "daily_counts");

            migrationBuilder.DropColumn(
                name: "Channel",
                schema: "supervision",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "OnSite",
                schema: "supervision",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "ReceivedOn",
                schema: "supervision",
                table: "cases");
        }
    }
}
