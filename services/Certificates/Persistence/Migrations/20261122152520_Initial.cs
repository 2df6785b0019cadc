using System;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Linkage.Certificates.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "certificates");

            migrationBuilder.CreateTable(
                name: "certificates",
                schema: "certificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Identifier = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    PredecessorId = table.Column<Guid>(type: "uuid", nullable: true),
                    TypeCode = table.Column<string>(type: "character varying(21)", maxLength: 21, nullable: false),
                    TypeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Serial = table.Column<long>(type: "bigint", nullable: false),
                    IssuerCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    MatterCode = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    MatterName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    HandlingOrgUnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    HandlingDivision = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Signature = table.Column<byte[]>(type: "bytea", nullable: true),
                    SignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Holder_IdDigest = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Holder_MaskedId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Holder_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_certificates_certificates_PredecessorId",
                        column: x => x.PredecessorId,
                        principalSchema: "certificates",
                        principalTable: "certificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "certificates",
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
                name: "issuer_serials",
                schema: "certificates",
                columns: table => new
                {
                    IssuerCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    LastSerial = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_issuer_serials", x => x.IssuerCreditCode);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "certificates",
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
                name: "IX_certificates_CaseId_TypeCode_Version",
                schema: "certificates",
                table: "certificates",
                columns: new[] { "CaseId", "TypeCode", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_certificates_HandlingDivision",
                schema: "certificates",
                table: "certificates",
                column: "HandlingDivision");

            migrationBuilder.CreateIndex(
                name: "IX_certificates_Identifier",
                schema: "certificates",
                table: "certificates",
                column: "Identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_certificates_IssuerCreditCode_Serial",
                schema: "certificates",
                table: "certificates",
                columns: new[] { "IssuerCreditCode", "Serial" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_certificates_PredecessorId",
                schema: "certificates",
                table: "certificates",
                column: "PredecessorId");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                schema: "certificates",
                table: "inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_dispatched",
                schema: "certificates",
                table: "outbox_messages",
                column: "dispatched_at",
                filter: "dispatched_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "certificates",
                table: "outbox_messages",
                column: "sequence",
                filter: "dispatched_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending_aggregate",
                schema: "certificates",
                table: "outbox_messages",
                columns: new[] { "aggregate_id", "sequence" },
                filter: "dispatched_at IS NULL");

            // Applicants list their own licences by ID digest (a complex-type column, so the index is written here).
            migrationBuilder.Sql("CREATE INDEX ix_certificates_holder_id_digest ON certificates.certificates (\"Holder_IdDigest\");");
            migrationBuilder.AddOutboxNotifyTrigger(CertificatesDbContext.SchemaName);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropOutboxNotifyTrigger(CertificatesDbContext.SchemaName);

            migrationBuilder.DropTable(
                name: "certificates",
                schema: "certificates");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "certificates");

            migrationBuilder.DropTable(
                name: "issuer_serials",
                schema: "certificates");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "certificates");
        }
    }
}
