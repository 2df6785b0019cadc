using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Linkage.Fees.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "fees");

            migrationBuilder.CreateTable(
                name: "assessments",
                schema: "fees",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MatterCode = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    MatterName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HandlingOrgUnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    HandlingDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    DepartmentId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ApplicantIdDigest = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Lines = table.Column<string>(type: "jsonb", nullable: false),
                    PaidFen = table.Column<long>(type: "bigint", nullable: false),
                    RefundedFen = table.Column<long>(type: "bigint", nullable: false),
                    WaiverReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    WaivedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    AssessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClearedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessments", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "fees",
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
                schema: "fees",
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
                name: "payments",
                schema: "fees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Channel = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    ReceiptNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DepartmentId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    HandlingOrgUnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    HandlingDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    PaidAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "receipt_counters",
                schema: "fees",
                columns: table => new
                {
                    OrgUnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Last = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_receipt_counters", x => new { x.OrgUnitId, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "reconciliations",
                schema: "fees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HandlingOrgUnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    HandlingDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    DepartmentId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    CollectedFen = table.Column<long>(type: "bigint", nullable: false),
                    ReportedFen = table.Column<long>(type: "bigint", nullable: false),
                    ReconciledBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    ReconciledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reconciliations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "refunds",
                schema: "fees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DepartmentId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    HandlingOrgUnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RefundedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    RefundedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RefundedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_refunds", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assessments_ApplicantIdDigest",
                schema: "fees",
                table: "assessments",
                column: "ApplicantIdDigest");

            migrationBuilder.CreateIndex(
                name: "IX_assessments_HandlingDivision_AssessedAt",
                schema: "fees",
                table: "assessments",
                columns: new[] { "HandlingDivision", "AssessedAt" });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                schema: "fees",
                table: "inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_dispatched",
                schema: "fees",
                table: "outbox_messages",
                column: "dispatched_at",
                filter: "dispatched_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "fees",
                table: "outbox_messages",
                column: "sequence",
                filter: "dispatched_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending_aggregate",
                schema: "fees",
                table: "outbox_messages",
                columns: new[] { "aggregate_id", "sequence" },
                filter: "dispatched_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_payments_CaseId",
                schema: "fees",
                table: "payments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_payments_HandlingOrgUnitId_DepartmentId_PaidOn",
                schema: "fees",
                table: "payments",
                columns: new[] { "HandlingOrgUnitId", "DepartmentId", "PaidOn" });

            migrationBuilder.CreateIndex(
                name: "IX_payments_ReceiptNumber",
                schema: "fees",
                table: "payments",
                column: "ReceiptNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payments_reference",
                schema: "fees",
                table: "payments",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reconciliations_HandlingOrgUnitId_DepartmentId_Day",
                schema: "fees",
                table: "reconciliations",
                columns: new[] { "HandlingOrgUnitId", "DepartmentId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_refunds_CaseId",
                schema: "fees",
                table: "refunds",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_refunds_HandlingOrgUnitId_DepartmentId_RefundedOn",
                schema: "fees",
                table: "refunds",
                columns: new[] { "HandlingOrgUnitId", "DepartmentId", "RefundedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessments",
                schema: "fees");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "fees");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "fees");

            migrationBuilder.DropTable(
                name: "payments",
                schema: "fees");

            migrationBuilder.DropTable(
                name: "receipt_counters",
                schema: "fees");

            migrationBuilder.DropTable(
                name: "reconciliations",
                schema: "fees");

            migrationBuilder.DropTable(
                name: "refunds",
                schema: "fees");
        }
    }
}
