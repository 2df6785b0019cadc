using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Linkage.Intake.Persistence.Migrations;

/// <summary>A partial index of the ledger's open asks (问事 with no case yet), where a new proxy case looks for its line:
/// the lines the station's cases took are no longer read on every submit (decision 0788).</summary>
[DbContext(typeof(IntakeDbContext))]
[Migration("20261207010000_ProxyLedgerOpenAsks")]
public sealed class ProxyLedgerOpenAsks : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateIndex(name: "IX_proxy_ledger_open_asks", schema: "intake", table: "proxy_ledger",
            columns: ["StationOrgUnitId", "PrincipalDigest", "MatterCode", "AskedAt"],
            filter: "\"CaseId\" IS NULL AND \"Stage\" = 'Asked'");

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropIndex(name: "IX_proxy_ledger_open_asks", schema: "intake", table: "proxy_ledger");
}
