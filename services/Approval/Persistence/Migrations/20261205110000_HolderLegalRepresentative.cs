using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Linkage.Approval.Persistence.Migrations;

/// <summary>The holder's legal representative as intake recorded it, passed on with CaseApproved (decision 0672). Rows from before stay empty: their hand-over is checked on the papers shown, as before.</summary>
[DbContext(typeof(ApprovalDbContext))]
[Migration("20261205110000_HolderLegalRepresentative")]
public sealed class HolderLegalRepresentative : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "Holder_LegalRepresentative", schema: "approval", table: "review_cases", type: "jsonb", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "Holder_LegalRepresentative", schema: "approval", table: "review_cases");
}
