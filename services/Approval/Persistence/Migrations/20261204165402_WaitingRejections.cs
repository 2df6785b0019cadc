using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Approval.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WaitingRejections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "WaitingRejection",
                schema: "approval",
                table: "review_tasks",
                type: "jsonb",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WaitingRejection",
                schema: "approval",
                table: "review_tasks");
        }
    }
}
