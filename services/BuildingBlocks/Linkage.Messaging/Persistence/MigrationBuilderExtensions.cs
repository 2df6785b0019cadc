using Microsoft.EntityFrameworkCore.Migrations;

namespace Linkage.Messaging;

public static class MigrationBuilderExtensions
{
    /// <summary>History: the initial migrations installed an AFTER INSERT trigger on <c>{schema}.outbox_messages</c>
    /// running <c>pg_notify</c>, and a later migration drops it again (<see cref="DropOutboxNotifyTrigger"/>):
    /// a NOTIFY serialises every commit on PostgreSQL's notification lock. Dispatchers are woken in process
    /// now (docs/decisions/0015). Do not call this in new migrations.</summary>
    public static MigrationBuilder AddOutboxNotifyTrigger(this MigrationBuilder migrationBuilder, string schema)
    {
        migrationBuilder.Sql(new OutboxSql(schema).CreateNotifyTrigger);
        return migrationBuilder;
    }

    public static MigrationBuilder DropOutboxNotifyTrigger(this MigrationBuilder migrationBuilder, string schema)
    {
        migrationBuilder.Sql(new OutboxSql(schema).DropNotifyTrigger);
        return migrationBuilder;
    }
}
