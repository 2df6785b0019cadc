using System;
using System.Collections.Generic;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Linkage.Catalog.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "catalog");

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "catalog",
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
                name: "matters",
                schema: "catalog",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Keywords = table.Column<List<string>>(type: "text[]", nullable: false),
                    Versions = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matters", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "org_units",
                schema: "catalog",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Hours = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Windows = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_units", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "catalog",
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
                name: "regions",
                schema: "catalog",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ParentCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regions", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "departments",
                schema: "catalog",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OrgUnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_departments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_departments_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalSchema: "catalog",
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "implementations",
                schema: "catalog",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    MatterCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    OrgUnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CaseKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Trips = table.Column<int>(type: "integer", nullable: false),
                    Materials = table.Column<string>(type: "jsonb", nullable: false),
                    Departments = table.Column<string>(type: "jsonb", nullable: false),
                    ProxyAllowed = table.Column<bool>(type: "boolean", nullable: false),
                    CommittedLimit_Amount = table.Column<int>(type: "integer", nullable: false),
                    CommittedLimit_Unit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    LegalLimit_Amount = table.Column<int>(type: "integer", nullable: false),
                    LegalLimit_Unit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Licence_IssuerCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Licence_Produces = table.Column<bool>(type: "boolean", nullable: false),
                    Licence_TypeCode = table.Column<string>(type: "character varying(21)", maxLength: 21, nullable: true),
                    Licence_TypeName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Licence_ValidityYears = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_implementations", x => new { x.Code, x.Version });
                    table.ForeignKey(
                        name: "FK_implementations_matters_MatterCode",
                        column: x => x.MatterCode,
                        principalSchema: "catalog",
                        principalTable: "matters",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_implementations_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalSchema: "catalog",
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_departments_OrgUnitId",
                schema: "catalog",
                table: "departments",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_implementations_MatterCode",
                schema: "catalog",
                table: "implementations",
                column: "MatterCode");

            migrationBuilder.CreateIndex(
                name: "IX_implementations_OrgUnitId",
                schema: "catalog",
                table: "implementations",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                schema: "catalog",
                table: "inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "IX_org_units_DivisionCode",
                schema: "catalog",
                table: "org_units",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_dispatched",
                schema: "catalog",
                table: "outbox_messages",
                column: "dispatched_at",
                filter: "dispatched_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "catalog",
                table: "outbox_messages",
                column: "sequence",
                filter: "dispatched_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending_aggregate",
                schema: "catalog",
                table: "outbox_messages",
                columns: new[] { "aggregate_id", "sequence" },
                filter: "dispatched_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_regions_ParentCode",
                schema: "catalog",
                table: "regions",
                column: "ParentCode");

            migrationBuilder.AddOutboxNotifyTrigger(CatalogDbContext.SchemaName);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropOutboxNotifyTrigger(CatalogDbContext.SchemaName);

            migrationBuilder.DropTable(
                name: "departments",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "implementations",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "regions",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "matters",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "org_units",
                schema: "catalog");
        }
    }
}
