using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Supervision.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InvestmentProjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "InvestmentProjectId",
                schema: "supervision",
                table: "cases",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "investment_projects",
                schema: "supervision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProjectCode = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    InvestorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    InvestorCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Division = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Guide = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    TargetOn = table.Column<DateOnly>(type: "date", nullable: false),
                    MarkedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    MarkedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NextCheckOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_investment_projects", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cases_InvestmentProjectId",
                schema: "supervision",
                table: "cases",
                column: "InvestmentProjectId",
                filter: "\"InvestmentProjectId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_investment_projects_Division_TargetOn",
                schema: "supervision",
                table: "investment_projects",
                columns: new[] { "Division", "TargetOn" });

            migrationBuilder.CreateIndex(
                name: "IX_investment_projects_NextCheckOn",
                schema: "supervision",
                table: "investment_projects",
                column: "NextCheckOn",
                filter: "\"NextCheckOn\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_investment_projects_ProjectCode",
                schema: "supervision",
                table: "investment_projects",
                column: "ProjectCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "investment_projects",
                schema: "supervision");

            migrationBuilder.DropIndex(
                name: "IX_cases_InvestmentProjectId",
                schema: "supervision",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "InvestmentProjectId",
                schema: "supervision",
                table: "cases");
        }
    }
}
