using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Linkage.Messaging;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Linkage.Intake.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "intake");

            migrationBuilder.CreateSequence(
                name: "case_number_seq",
                schema: "intake");

            migrationBuilder.CreateTable(
                name: "cases",
                schema: "intake",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MatterCode = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    MatterName = table.Column<string>(type: "text", nullable: false),
                    ImplementationCode = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    ImplementationVersion = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SubmittedAtOrgUnitId = table.Column<string>(type: "text", nullable: false),
                    SubmittedAtDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    HandlingOrgUnitId = table.Column<string>(type: "text", nullable: false),
                    HandlingOrgUnitName = table.Column<string>(type: "text", nullable: false),
                    HandlingDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Agent_Subject = table.Column<string>(type: "text", nullable: true),
                    Agent_Name = table.Column<string>(type: "text", nullable: true),
                    Agent_PrincipalConsented = table.Column<bool>(type: "boolean", nullable: true),
                    Status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    SubmittedMaterials = table.Column<List<string>>(type: "text[]", nullable: false),
                    MissingMaterials = table.Column<List<string>>(type: "text[]", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    CommittedWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    ForwardedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ArrivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Outcome = table.Column<string>(type: "text", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    Applicant_CreditCode = table.Column<string>(type: "text", nullable: true),
                    Applicant_IdDigest = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Applicant_Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Applicant_MaskedId = table.Column<string>(type: "text", nullable: false),
                    Applicant_Name = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                schema: "intake",
                columns: table => new
                {
                    caller_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idempotency_keys", x => new { x.caller_subject, x.key });
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "intake",
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
                schema: "intake",
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

            migrationBuilder.CreateIndex(
                name: "IX_cases_CaseNumber",
                schema: "intake",
                table: "cases",
                column: "CaseNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_HandlingDivision",
                schema: "intake",
                table: "cases",
                column: "HandlingDivision");

            migrationBuilder.CreateIndex(
                name: "IX_cases_SubmittedAtDivision",
                schema: "intake",
                table: "cases",
                column: "SubmittedAtDivision");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                schema: "intake",
                table: "inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_dispatched",
                schema: "intake",
                table: "outbox_messages",
                column: "dispatched_at",
                filter: "dispatched_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "intake",
                table: "outbox_messages",
                column: "sequence",
                filter: "dispatched_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending_aggregate",
                schema: "intake",
                table: "outbox_messages",
                columns: new[] { "aggregate_id", "sequence" },
                filter: "dispatched_at IS NULL");

            migrationBuilder.AddOutboxNotifyTrigger(IntakeDbContext.SchemaName);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropOutboxNotifyTrigger(IntakeDbContext.SchemaName);

            migrationBuilder.DropTable(
                name: "cases",
                schema: "intake");

            migrationBuilder.DropTable(
                name: "idempotency_keys",
                schema: "intake");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "intake");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "intake");

            migrationBuilder.DropSequence(
                name: "case_number_seq",
                schema: "intake");
        }
    }
}
