using Linkage.Messaging;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Linkage.Approval.Persistence.Migrations;

/// <summary>Drops the outbox NOTIFY trigger: dispatchers are woken in process (docs/decisions/0015).</summary>
[DbContext(typeof(ApprovalDbContext))]
[Migration("20261122195000_OutboxWakesInProcess")]
public sealed class OutboxWakesInProcess : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropOutboxNotifyTrigger(ApprovalDbContext.SchemaName);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddOutboxNotifyTrigger(ApprovalDbContext.SchemaName);
}
