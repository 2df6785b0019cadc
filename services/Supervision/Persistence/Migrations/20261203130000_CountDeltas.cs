using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Supervision.Persistence.Migrations
{
    /// <summary>The counters' delta rows (decision 0561): written with SQL only, so not in the EF model.</summary>
    [DbContext(typeof(SupervisionDbContext))]
    [Migration("20261203130000_CountDeltas")]
    public partial class CountDeltas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE supervision.count_deltas (
                    "Id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    "Day" date NOT NULL,
                    "HandlingDivision" character varying(12) NOT NULL,
                    "HandlingOrgUnitId" character varying(64) NOT NULL,
                    "MatterCode" character varying(36) NOT NULL,
                    "WindowId" character varying(64) NOT NULL,
                    "DepartmentId" character varying(64) NOT NULL,
                    "Received" integer NOT NULL, "Completed" integer NOT NULL, "OnTime" integer NOT NULL, "Early" integer NOT NULL,
                    "Instant" integer NOT NULL, "CompletedLate" integer NOT NULL, "StoppedWorkingDays" integer NOT NULL,
                    "Yellow" integer NOT NULL, "Red" integer NOT NULL, "Ratings" integer NOT NULL, "GradeSum" integer NOT NULL,
                    "Satisfied" integer NOT NULL, "Online" integer NOT NULL, "RectificationsClosed" integer NOT NULL,
                    "RectificationsOverdue" integer NOT NULL);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE supervision.count_deltas;");
        }
    }
}
