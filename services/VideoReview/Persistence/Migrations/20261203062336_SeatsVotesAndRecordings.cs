using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.VideoReview.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SeatsVotesAndRecordings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Role",
                schema: "videoreview",
                table: "session_tickets",
                type: "character varying(24)",
                maxLength: 24,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.AddColumn<bool>(
                name: "Recorded",
                schema: "videoreview",
                table: "sessions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RecordingsProcessedAt",
                schema: "videoreview",
                table: "sessions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Choice",
                schema: "videoreview",
                table: "session_votes",
                type: "character varying(24)",
                maxLength: 24,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.AddColumn<List<string>>(
                name: "Materials",
                schema: "videoreview",
                table: "session_votes",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "Role",
                schema: "videoreview",
                table: "session_participants",
                type: "character varying(24)",
                maxLength: 24,
                nullable: false,
                defaultValue: "Reviewer");

            migrationBuilder.AddColumn<string>(
                name: "Subject",
                schema: "videoreview",
                table: "session_participants",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "session_recordings",
                schema: "videoreview",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    FeedId = table.Column<long>(type: "bigint", nullable: false),
                    Track = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StoredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RetainUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MediaDeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_session_recordings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_session_recordings_sessions_SessionId",
                        column: x => x.SessionId,
                        principalSchema: "videoreview",
                        principalTable: "sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "recording_media",
                schema: "videoreview",
                columns: table => new
                {
                    RecordingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recording_media", x => x.RecordingId);
                    table.ForeignKey(
                        name: "FK_recording_media_session_recordings_RecordingId",
                        column: x => x.RecordingId,
                        principalSchema: "videoreview",
                        principalTable: "session_recordings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_session_participants_Subject",
                schema: "videoreview",
                table: "session_participants",
                column: "Subject");

            migrationBuilder.CreateIndex(
                name: "IX_session_recordings_RetainUntil",
                schema: "videoreview",
                table: "session_recordings",
                column: "RetainUntil",
                filter: "\"MediaDeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_session_recordings_SessionId",
                schema: "videoreview",
                table: "session_recordings",
                column: "SessionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Role",
                schema: "videoreview",
                table: "session_tickets",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(24)",
                oldMaxLength: 24);

            migrationBuilder.DropTable(
                name: "recording_media",
                schema: "videoreview");

            migrationBuilder.DropTable(
                name: "session_recordings",
                schema: "videoreview");

            migrationBuilder.DropIndex(
                name: "IX_session_participants_Subject",
                schema: "videoreview",
                table: "session_participants");

            migrationBuilder.DropColumn(
                name: "Recorded",
                schema: "videoreview",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "RecordingsProcessedAt",
                schema: "videoreview",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "Materials",
                schema: "videoreview",
                table: "session_votes");

            migrationBuilder.DropColumn(
                name: "Role",
                schema: "videoreview",
                table: "session_participants");

            migrationBuilder.DropColumn(
                name: "Subject",
                schema: "videoreview",
                table: "session_participants");

            migrationBuilder.AlterColumn<string>(
                name: "Choice",
                schema: "videoreview",
                table: "session_votes",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(24)",
                oldMaxLength: 24);
        }
    }
}
