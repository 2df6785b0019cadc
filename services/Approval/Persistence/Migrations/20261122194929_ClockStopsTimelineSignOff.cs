using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Linkage.Approval.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ClockStopsTimelineSignOff : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AssignedTo",
                schema: "approval",
                table: "review_tasks",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssignedToName",
                schema: "approval",
                table: "review_tasks",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ExtendedWorkingDays",
                schema: "approval",
                table: "review_tasks",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ClockStopKind",
                schema: "approval",
                table: "review_cases",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClockStoppedAt",
                schema: "approval",
                table: "review_cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ClockStoppedByTaskId",
                schema: "approval",
                table: "review_cases",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClockStoppedOn",
                schema: "approval",
                table: "review_cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FinalSignOff",
                schema: "approval",
                table: "review_cases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Quorum",
                schema: "approval",
                table: "review_cases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SignedOffBy",
                schema: "approval",
                table: "review_cases",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignedOffByName",
                schema: "approval",
                table: "review_cases",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StoppedWorkingDays",
                schema: "approval",
                table: "review_cases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "review_timeline",
                schema: "approval",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DepartmentId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Detail = table.Column<string>(type: "character varying(2400)", maxLength: 2400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_timeline", x => x.Id);
                    table.ForeignKey(
                        name: "FK_review_timeline_review_cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "approval",
                        principalTable: "review_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_review_timeline_CaseId_Id",
                schema: "approval",
                table: "review_timeline",
                columns: new[] { "CaseId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "review_timeline",
                schema: "approval");

            migrationBuilder.DropColumn(
                name: "AssignedTo",
                schema: "approval",
                table: "review_tasks");

            migrationBuilder.DropColumn(
                name: "AssignedToName",
                schema: "approval",
                table: "review_tasks");

            migrationBuilder.DropColumn(
                name: "ExtendedWorkingDays",
                schema: "approval",
                table: "review_tasks");

            migrationBuilder.DropColumn(
                name: "ClockStopKind",
                schema: "approval",
                table: "review_cases");

            migrationBuilder.DropColumn(
                name: "ClockStoppedAt",
                schema: "approval",
                table: "review_cases");

            migrationBuilder.DropColumn(
                name: "ClockStoppedByTaskId",
                schema: "approval",
                table: "review_cases");

            migrationBuilder.DropColumn(
                name: "ClockStoppedOn",
                schema: "approval",
                table: "review_cases");

            migrationBuilder.DropColumn(
                name: "FinalSignOff",
                schema: "approval",
                table: "review_cases");

            migrationBuilder.DropColumn(
                name: "Quorum",
                schema: "approval",
                table: "review_cases");

            migrationBuilder.DropColumn(
                name: "SignedOffBy",
                schema: "approval",
                table: "review_cases");

            migrationBuilder.DropColumn(
                name: "SignedOffByName",
                schema: "approval",
                table: "review_cases");

            migrationBuilder.DropColumn(
                name: "StoppedWorkingDays",
                schema: "approval",
                table: "review_cases");
        }
    }
}
