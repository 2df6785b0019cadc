using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Approval.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class KeyProjectFirst : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "KeyProjectTargetOn",
                schema: "approval",
                table: "review_cases",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "KeyProjectTargetOn",
                schema: "approval",
                table: "review_cases");
        }
    }
}
