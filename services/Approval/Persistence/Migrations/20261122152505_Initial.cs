using System;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Linkage.Approval.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "approval");

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "approval",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.message_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "approval",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    aggregate_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    message_type = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    target_division = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    trace_parent = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    dispatched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    last_error = table.Column<string>(type: "text", nullable: true),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "review_cases",
                schema: "approval",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MatterCode = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    MatterName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ImplementationCode = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    ImplementationVersion = table.Column<int>(type: "integer", nullable: false),
                    HandlingOrgUnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    HandlingDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    SubmittedAtOrgUnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubmittedAtDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ConcludedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    Holder_CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Holder_IdDigest = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Holder_Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Holder_MaskedId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Holder_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "review_tasks",
                schema: "approval",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DepartmentName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LimitWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    SignsOff = table.Column<bool>(type: "boolean", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LegalBasis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    DecidedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_review_tasks_review_cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "approval",
                        principalTable: "review_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                schema: "approval",
                table: "inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_dispatched",
                schema: "approval",
                table: "outbox_messages",
                column: "dispatched_at",
                filter: "dispatched_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "approval",
                table: "outbox_messages",
                column: "sequence",
                filter: "dispatched_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending_aggregate",
                schema: "approval",
                table: "outbox_messages",
                columns: new[] { "aggregate_id", "sequence" },
                filter: "dispatched_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_review_cases_HandlingDivision",
                schema: "approval",
                table: "review_cases",
                column: "HandlingDivision");

            migrationBuilder.CreateIndex(
                name: "IX_review_tasks_CaseId_DepartmentId",
                schema: "approval",
                table: "review_tasks",
                columns: new[] { "CaseId", "DepartmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_review_tasks_DepartmentId_Status_Deadline",
                schema: "approval",
                table: "review_tasks",
                columns: new[] { "DepartmentId", "Status", "Deadline" });

            migrationBuilder.AddOutboxNotifyTrigger(ApprovalDbContext.SchemaName);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropOutboxNotifyTrigger(ApprovalDbContext.SchemaName);

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "approval");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "approval");

            migrationBuilder.DropTable(
                name: "review_tasks",
                schema: "approval");

            migrationBuilder.DropTable(
                name: "review_cases",
                schema: "approval");
        }
    }
}
