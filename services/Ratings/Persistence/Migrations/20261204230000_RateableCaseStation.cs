using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Linkage.Ratings.Persistence.Migrations;

/// <summary>The division where a case was taken (the station's), so a rating relayed from the station's deployment is
/// checked against the case (decision 0628). Cases known before stay empty: none of them can be relayed to.</summary>
[DbContext(typeof(RatingsDbContext))]
[Migration("20261204230000_RateableCaseStation")]
public sealed class RateableCaseStation : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.AddColumn<string>(
        name: "SubmittedAtDivision", schema: "ratings", table: "cases", type: "character varying(12)", maxLength: 12, nullable: false,
        defaultValue: "");

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "SubmittedAtDivision", schema: "ratings", table: "cases");
}
