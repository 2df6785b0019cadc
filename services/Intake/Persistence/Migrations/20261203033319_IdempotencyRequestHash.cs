using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Intake.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IdempotencyRequestHash : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "request_hash",
                schema: "intake",
                table: "idempotency_keys",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_keys_created_at",
                schema: "intake",
                table: "idempotency_keys",
                column: "created_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_idempotency_keys_created_at",
                schema: "intake",
                table: "idempotency_keys");

            migrationBuilder.DropColumn(
                name: "request_hash",
                schema: "intake",
                table: "idempotency_keys");
        }
    }
}
