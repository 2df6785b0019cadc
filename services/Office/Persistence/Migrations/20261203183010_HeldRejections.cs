using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Office.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class HeldRejections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_negative_filings_CaseId_Kind",
                schema: "office",
                table: "negative_filings");

            migrationBuilder.AddColumn<string>(
                name: "DepartmentId",
                schema: "office",
                table: "negative_filings",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TaskId",
                schema: "office",
                table: "negative_filings",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_negative_filings_CaseId_Kind_TaskId",
                schema: "office",
                table: "negative_filings",
                columns: new[] { "CaseId", "Kind", "TaskId" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_negative_filings_CaseId_Kind_TaskId",
                schema: "office",
                table: "negative_filings");

            migrationBuilder.DropColumn(
                name: "DepartmentId",
                schema: "office",
                table: "negative_filings");

            migrationBuilder.DropColumn(
                name: "TaskId",
                schema: "office",
                table: "negative_filings");

            migrationBuilder.CreateIndex(
                name: "IX_negative_filings_CaseId_Kind",
                schema: "office",
                table: "negative_filings",
                columns: new[] { "CaseId", "Kind" },
                unique: true);
        }
    }
}
