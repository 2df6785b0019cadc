using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Linkage.Ratings.Persistence.Migrations;

/// <summary>A relayed rating's rectification goes back down (decision 0519): at the unit, the station's division it tells
/// and its count of events sent; at the station's deployment, the mirror rows kept for the rater. Rows opened before
/// tell nobody (their station is not known here).</summary>
[DbContext(typeof(RatingsDbContext))]
[Migration("20261205050000_RelayedRectifications")]
public sealed class RelayedRectifications : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        ALTER TABLE ratings.rectifications
            ADD COLUMN "RelayedFrom" varchar(12),
            ADD COLUMN "SentDown" integer NOT NULL DEFAULT 0,
            ADD COLUMN "Mirror" boolean NOT NULL DEFAULT false;
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        ALTER TABLE ratings.rectifications DROP COLUMN "RelayedFrom", DROP COLUMN "SentDown", DROP COLUMN "Mirror";
        """);
}
