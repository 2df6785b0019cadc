using Microsoft.EntityFrameworkCore.Migrations;

namespace Linkage.Messaging;

public static class MigrationBuilderExtensions
{
    /// <summary>An AFTER INSERT … FOR EACH STATEMENT trigger on <c>{schema}.outbox_messages</c> that runs
    /// <c>pg_notify('linkage_outbox', '{schema}')</c>: the dispatcher is woken when the writing transaction commits
    /// (PostgreSQL delivers notifications on commit only, one per transaction). Call it in the initial migration's Up.</summary>
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
