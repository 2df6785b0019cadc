using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Linkage.Ratings.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InvitationsIndicatorsLoop : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "Dimensions",
                schema: "ratings",
                table: "ratings",
                newName: "Indicators");

            migrationBuilder.AddColumn<bool>(
                name: "AppealOverturned",
                schema: "ratings",
                table: "rectifications",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "AppealUpheld",
                schema: "ratings",
                table: "rectifications",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClosedAt",
                schema: "ratings",
                table: "rectifications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FedBackAt",
                schema: "ratings",
                table: "rectifications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FollowUpComment",
                schema: "ratings",
                table: "rectifications",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FollowUpGrade",
                schema: "ratings",
                table: "rectifications",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OverdueRaised",
                schema: "ratings",
                table: "rectifications",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "RaterIdDigest",
                schema: "ratings",
                table: "rectifications",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Resolution",
                schema: "ratings",
                table: "rectifications",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Result",
                schema: "ratings",
                table: "rectifications",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "VisitDue",
                schema: "ratings",
                table: "rectifications",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "VisitOverdueRaised",
                schema: "ratings",
                table: "rectifications",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "VisitedAt",
                schema: "ratings",
                table: "rectifications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ExcludedFromFigures",
                schema: "ratings",
                table: "ratings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "IndicatorSet",
                schema: "ratings",
                table: "ratings",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "IndicatorSetVersion",
                schema: "ratings",
                table: "ratings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "InvitationId",
                schema: "ratings",
                table: "ratings",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MatterCode",
                schema: "ratings",
                table: "ratings",
                type: "character varying(36)",
                maxLength: 36,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "WindowOrgUnitId",
                schema: "ratings",
                table: "ratings",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SubmittedAtOrgUnitId",
                schema: "ratings",
                table: "cases",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "figure_exclusions",
                schema: "ratings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RatingId = table.Column<Guid>(type: "uuid", nullable: false),
                    RectificationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_figure_exclusions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "indicator_sets",
                schema: "ratings",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Current = table.Column<bool>(type: "boolean", nullable: false),
                    Keys = table.Column<List<string>>(type: "text[]", nullable: false),
                    Names = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_sets", x => new { x.Code, x.Version });
                });

            migrationBuilder.CreateTable(
                name: "invitations",
                schema: "ratings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ApplicantIdDigest = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IssuedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RatingId = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_invitations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rectification_steps",
                schema: "ratings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RectificationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Step = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    By = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(2040)", maxLength: 2040, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rectification_steps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "region_deadlines",
                schema: "ratings",
                columns: table => new
                {
                    DivisionPrefix = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    VisitWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    RectificationWorkingDays = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_region_deadlines", x => x.DivisionPrefix);
                });

            // The national indicator sets, version 1 (国办发〔2019〕51号): seeded here, not by HasData (see IndicatorSetConfiguration).
            migrationBuilder.InsertData(
                schema: "ratings",
                table: "indicator_sets",
                columns: new[] { "Code", "Version", "Current", "Keys", "Names" },
                values: new object[,]
                {
                    { "online", 1, true, new List<string> { "overall", "efficiency", "guide-accuracy", "convenience", "usability" },
                        new List<string> { "整体满意度", "办事效率", "办事指南精确度", "办事便捷度", "平台操作性" } },
                    { "offline", 1, true, new List<string> { "overall", "efficiency", "service-level", "attitude" },
                        new List<string> { "整体满意度", "服务效率", "服务水平", "服务态度" } },
                });

            migrationBuilder.InsertData(
                schema: "ratings",
                table: "region_deadlines",
                columns: new[] { "DivisionPrefix", "RectificationWorkingDays", "VisitWorkingDays" },
                values: new object[,]
                {
                    { "33", 15, 1 },
                    { "51", 15, 1 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_ratings_InvitationId",
                schema: "ratings",
                table: "ratings",
                column: "InvitationId",
                unique: true,
                filter: "\"InvitationId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_figure_exclusions_RatingId",
                schema: "ratings",
                table: "figure_exclusions",
                column: "RatingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_indicator_sets_Code",
                schema: "ratings",
                table: "indicator_sets",
                column: "Code",
                unique: true,
                filter: "\"Current\"");

            migrationBuilder.CreateIndex(
                name: "IX_invitations_ApplicantIdDigest_IssuedAt",
                schema: "ratings",
                table: "invitations",
                columns: new[] { "ApplicantIdDigest", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_invitations_CaseId_Channel",
                schema: "ratings",
                table: "invitations",
                columns: new[] { "CaseId", "Channel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_invitations_Token",
                schema: "ratings",
                table: "invitations",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rectification_steps_RectificationId_At",
                schema: "ratings",
                table: "rectification_steps",
                columns: new[] { "RectificationId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "figure_exclusions",
                schema: "ratings");

            migrationBuilder.DropTable(
                name: "indicator_sets",
                schema: "ratings");

            migrationBuilder.DropTable(
                name: "invitations",
                schema: "ratings");

            migrationBuilder.DropTable(
                name: "rectification_steps",
                schema: "ratings");

            migrationBuilder.DropTable(
                name: "region_deadlines",
                schema: "ratings");

            migrationBuilder.DropIndex(
                name: "IX_ratings_InvitationId",
                schema: "ratings",
                table: "ratings");

            migrationBuilder.DropColumn(
                name: "AppealOverturned",
                schema: "ratings",
                table: "rectifications");

            migrationBuilder.DropColumn(
                name: "AppealUpheld",
                schema: "ratings",
                table: "rectifications");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                schema: "ratings",
                table: "rectifications");

            migrationBuilder.DropColumn(
                name: "FedBackAt",
                schema: "ratings",
                table: "rectifications");

            migrationBuilder.DropColumn(
                name: "FollowUpComment",
                schema: "ratings",
                table: "rectifications");

            migrationBuilder.DropColumn(
                name: "FollowUpGrade",
                schema: "ratings",
                table: "rectifications");

            migrationBuilder.DropColumn(
                name: "OverdueRaised",
                schema: "ratings",
                table: "rectifications");

            migrationBuilder.DropColumn(
                name: "RaterIdDigest",
                schema: "ratings",
                table: "rectifications");

            migrationBuilder.DropColumn(
                name: "Resolution",
                schema: "ratings",
                table: "rectifications");

            migrationBuilder.DropColumn(
                name: "Result",
                schema: "ratings",
                table: "rectifications");

            migrationBuilder.DropColumn(
                name: "VisitDue",
                schema: "ratings",
                table: "rectifications");

            migrationBuilder.DropColumn(
                name: "VisitOverdueRaised",
                schema: "ratings",
                table: "rectifications");

            migrationBuilder.DropColumn(
                name: "VisitedAt",
                schema: "ratings",
                table: "rectifications");

            migrationBuilder.DropColumn(
                name: "ExcludedFromFigures",
                schema: "ratings",
                table: "ratings");

            migrationBuilder.DropColumn(
                name: "IndicatorSet",
                schema: "ratings",
                table: "ratings");

            migrationBuilder.DropColumn(
                name: "IndicatorSetVersion",
                schema: "ratings",
                table: "ratings");

            migrationBuilder.DropColumn(
                name: "InvitationId",
                schema: "ratings",
                table: "ratings");

            migrationBuilder.DropColumn(
                name: "MatterCode",
                schema: "ratings",
                table: "ratings");

            migrationBuilder.DropColumn(
                name: "WindowOrgUnitId",
                schema: "ratings",
                table: "ratings");

            migrationBuilder.DropColumn(
                name: "SubmittedAtOrgUnitId",
                schema: "ratings",
                table: "cases");

            migrationBuilder.RenameColumn(
                name: "Indicators",
                schema: "ratings",
                table: "ratings",
                newName: "Dimensions");
        }
    }
}
