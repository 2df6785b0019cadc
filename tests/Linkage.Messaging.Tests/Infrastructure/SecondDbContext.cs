using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Linkage.Messaging.Tests.Infrastructure;

/// <summary>A second module on the same database, with its own schema, outbox and trigger.</summary>
public sealed class SecondDbContext(DbContextOptions<SecondDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "msgsecond";

    protected override string Schema => SchemaName;

    public static async Task CreateAsync(TestDatabase database)
    {
        await using var db = new SecondDbContext(new DbContextOptionsBuilder<SecondDbContext>().UseNpgsql(database.ConnectionString).Options);
        await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
        var migration = new MigrationBuilder(db.Database.ProviderName);
        migration.AddOutboxNotifyTrigger(SchemaName);
        foreach (var command in db.GetService<IMigrationsSqlGenerator>().Generate(migration.Operations, db.Model))
            await db.Database.ExecuteSqlRawAsync(command.CommandText);
    }
}
