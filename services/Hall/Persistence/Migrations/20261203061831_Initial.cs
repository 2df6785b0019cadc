using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Linkage.Hall.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "hall");

            migrationBuilder.CreateTable(
                name: "appointments",
                schema: "hall",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MatterCode = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    OrgUnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Division = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    ApplicantIdDigest = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appointments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "hall",
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
                schema: "hall",
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
                name: "service_areas",
                schema: "hall",
                columns: table => new
                {
                    OrgUnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Division = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MatterCodes = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_areas", x => new { x.OrgUnitId, x.Code });
                });

            migrationBuilder.CreateTable(
                name: "ticket_counters",
                schema: "hall",
                columns: table => new
                {
                    OrgUnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    AreaCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ticket_counters", x => new { x.OrgUnitId, x.Day, x.AreaCode });
                });

            migrationBuilder.CreateTable(
                name: "tickets",
                schema: "hall",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgUnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Division = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    AreaCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AppointmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    SlotAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    TakenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TakenBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    WindowCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    CalledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AnnouncedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Recalls = table.Column<int>(type: "integer", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tickets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "windows",
                schema: "hall",
                columns: table => new
                {
                    OrgUnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Division = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AreaCodes = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_windows", x => new { x.OrgUnitId, x.Code });
                });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                schema: "hall",
                table: "inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_dispatched",
                schema: "hall",
                table: "outbox_messages",
                column: "dispatched_at",
                filter: "dispatched_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "hall",
                table: "outbox_messages",
                column: "sequence",
                filter: "dispatched_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending_aggregate",
                schema: "hall",
                table: "outbox_messages",
                columns: new[] { "aggregate_id", "sequence" },
                filter: "dispatched_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_tickets_AppointmentId",
                schema: "hall",
                table: "tickets",
                column: "AppointmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tickets_OrgUnitId_Day_AreaCode_Sequence",
                schema: "hall",
                table: "tickets",
                columns: new[] { "OrgUnitId", "Day", "AreaCode", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tickets_OrgUnitId_Day_Status_AreaCode",
                schema: "hall",
                table: "tickets",
                columns: new[] { "OrgUnitId", "Day", "Status", "AreaCode" });

            migrationBuilder.CreateIndex(
                name: "IX_tickets_OrgUnitId_WindowCode_Status",
                schema: "hall",
                table: "tickets",
                columns: new[] { "OrgUnitId", "WindowCode", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "appointments",
                schema: "hall");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "hall");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "hall");

            migrationBuilder.DropTable(
                name: "service_areas",
                schema: "hall");

            migrationBuilder.DropTable(
                name: "ticket_counters",
                schema: "hall");

            migrationBuilder.DropTable(
                name: "tickets",
                schema: "hall");

            migrationBuilder.DropTable(
                name: "windows",
                schema: "hall");
        }
    }
}
