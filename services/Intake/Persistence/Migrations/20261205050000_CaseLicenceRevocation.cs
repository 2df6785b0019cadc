using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Linkage.Intake.Persistence.Migrations;

/// <summary>The revocation of a case's licence, as it reached this deployment (decision 0626): which identifier, why,
/// when. Cases whose licence was revoked before stay empty.</summary>
[DbContext(typeof(IntakeDbContext))]
[Migration("20261205050000_CaseLicenceRevocation")]
public sealed class CaseLicenceRevocation : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "RevokedCertificateIdentifier", schema: "intake", table: "cases",
            type: "character varying(100)", maxLength: 100, nullable: true);
        migrationBuilder.AddColumn<string>(name: "CertificateRevocationReason", schema: "intake", table: "cases",
            type: "character varying(2000)", maxLength: 2000, nullable: true);
        migrationBuilder.AddColumn<DateTimeOffset>(name: "CertificateRevokedAt", schema: "intake", table: "cases",
            type: "timestamp with time zone", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var column in new[] { "RevokedCertificateIdentifier", "CertificateRevocationReason", "CertificateRevokedAt" })
            migrationBuilder.DropColumn(name: column, schema: "intake", table: "cases");
    }
}
