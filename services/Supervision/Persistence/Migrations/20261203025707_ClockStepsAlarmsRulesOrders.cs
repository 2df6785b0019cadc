using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Supervision.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ClockStepsAlarmsRulesOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ClockStoppedOn",
                schema: "supervision",
                table: "cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NextCheckOn",
                schema: "supervision",
                table: "cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StoppedWorkingDays",
                schema: "supervision",
                table: "cases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "alarms",
                schema: "supervision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Level = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: true),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: true),
                    DepartmentId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    HandlingDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AcknowledgedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ResolvedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_alarms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "orders",
                schema: "supervision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AlarmId = table.Column<Guid>(type: "uuid", nullable: true),
                    IssuedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    IssuedByDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    TargetDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Instruction = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ReplyBy = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Reply = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RepliedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    RepliedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EscalatedTo = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    EscalatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Escalations = table.Column<int>(type: "integer", nullable: false),
                    NextEscalationOn = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rule_sets",
                schema: "supervision",
                columns: table => new
                {
                    Division = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    WarnWorkingDays = table.Column<int>(type: "integer", nullable: true),
                    WarnFraction = table.Column<decimal>(type: "numeric(4,3)", precision: 4, scale: 3, nullable: true),
                    OrderReplyWorkingDays = table.Column<int>(type: "integer", nullable: true),
                    Locks = table.Column<List<string>>(type: "text[]", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rule_sets", x => x.Division);
                });

            migrationBuilder.CreateTable(
                name: "steps",
                schema: "supervision",
                columns: table => new
                {
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Decision = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_steps", x => x.TaskId);
                    table.ForeignKey(
                        name: "FK_steps_cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "supervision",
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cases_NextCheckOn",
                schema: "supervision",
                table: "cases",
                column: "NextCheckOn",
                filter: "\"NextCheckOn\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_alarms_CaseId",
                schema: "supervision",
                table: "alarms",
                column: "CaseId",
                filter: "\"ResolvedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_alarms_HandlingDivision_RaisedAt",
                schema: "supervision",
                table: "alarms",
                columns: new[] { "HandlingDivision", "RaisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_alarms_OrderId",
                schema: "supervision",
                table: "alarms",
                column: "OrderId",
                filter: "\"OrderId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_orders_NextEscalationOn",
                schema: "supervision",
                table: "orders",
                column: "NextEscalationOn",
                filter: "\"NextEscalationOn\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_orders_TargetDivision_IssuedAt",
                schema: "supervision",
                table: "orders",
                columns: new[] { "TargetDivision", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_steps_CaseId",
                schema: "supervision",
                table: "steps",
                column: "CaseId");

            // Cases watched before the sweep existed: the first sweep looks at every open one once.
            migrationBuilder.Sql("UPDATE supervision.cases SET \"NextCheckOn\" = '0001-01-01' WHERE \"Status\" = 'Open'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "alarms",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "orders",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "rule_sets",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "steps",
                schema: "supervision");

            migrationBuilder.DropIndex(
                name: "IX_cases_NextCheckOn",
                schema: "supervision",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "ClockStoppedOn",
                schema: "supervision",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "NextCheckOn",
                schema: "supervision",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "StoppedWorkingDays",
                schema: "supervision",
                table: "cases");
        }
    }
}
