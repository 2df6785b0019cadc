using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.VideoReview.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class VideoRoomsAndTickets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RoomClosedAt",
                schema: "videoreview",
                table: "sessions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RoomId",
                schema: "videoreview",
                table: "sessions",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RoomPin",
                schema: "videoreview",
                table: "sessions",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RoomSecret",
                schema: "videoreview",
                table: "sessions",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "session_tickets",
                schema: "videoreview",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Subject = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FeedId = table.Column<long>(type: "bigint", nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Revocation = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_session_tickets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_session_tickets_sessions_SessionId",
                        column: x => x.SessionId,
                        principalSchema: "videoreview",
                        principalTable: "sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sessions_Status",
                schema: "videoreview",
                table: "sessions",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_session_tickets_ExpiresAt",
                schema: "videoreview",
                table: "session_tickets",
                column: "ExpiresAt",
                filter: "\"RevokedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_session_tickets_SessionId_Subject",
                schema: "videoreview",
                table: "session_tickets",
                columns: new[] { "SessionId", "Subject" });

            migrationBuilder.CreateIndex(
                name: "IX_session_tickets_Token",
                schema: "videoreview",
                table: "session_tickets",
                column: "Token",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "session_tickets",
                schema: "videoreview");

            migrationBuilder.DropIndex(
                name: "IX_sessions_Status",
                schema: "videoreview",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "RoomClosedAt",
                schema: "videoreview",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "RoomId",
                schema: "videoreview",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "RoomPin",
                schema: "videoreview",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "RoomSecret",
                schema: "videoreview",
                table: "sessions");
        }
    }
}
