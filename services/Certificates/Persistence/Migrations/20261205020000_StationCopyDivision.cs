using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Linkage.Certificates.Persistence.Migrations;

/// <summary>The station's division a licence's copy was sent to, so its revocation or re-issue follows it down (decision
/// 0528). Licences sent before stay empty: their copies keep their status, as before.</summary>
[DbContext(typeof(CertificatesDbContext))]
[Migration("20261205020000_StationCopyDivision")]
public sealed class StationCopyDivision : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.AddColumn<string>(
        name: "StationDivision", schema: "certificates", table: "certificates", type: "character varying(12)", maxLength: 12, nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "StationDivision", schema: "certificates", table: "certificates");
}
