using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Supervision.Persistence.Migrations
{
    /// <summary>Open cases, alarms and orders per division and day, for the tier above (decision 0526): written and
    /// read with SQL only, so not in the EF model.</summary>
    [DbContext(typeof(SupervisionDbContext))]
    [Migration("20261203160000_StateRollUps")]
    public partial class StateRollUps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE supervision.state_rollups (
                    "Day" date NOT NULL,
                    "HandlingDivision" character varying(12) NOT NULL,
                    "OpenOverdue" integer NOT NULL, "AlarmsRaised" integer NOT NULL, "AlarmsAcknowledged" integer NOT NULL,
                    "AlarmsResolved" integer NOT NULL, "Red" integer NOT NULL, "Yellow" integer NOT NULL,
                    "OrdersAwaiting" integer NOT NULL, "OrdersReplied" integer NOT NULL, "OrdersEscalated" integer NOT NULL,
                    "Version" bigint NOT NULL, "PublishedVersion" bigint NOT NULL,
                    "RolledUpFrom" character varying(128) NOT NULL,
                    PRIMARY KEY ("Day", "HandlingDivision"));
                CREATE INDEX "IX_state_rollups_unpublished" ON supervision.state_rollups ("Version")
                    WHERE "Version" > "PublishedVersion";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE supervision.state_rollups;");
        }
    }
}
