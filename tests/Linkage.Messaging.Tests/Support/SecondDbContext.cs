using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Linkage.Messaging.Tests.Infrastructure;

/// <summary>A second module on the same database, with its own schema and outbox.</summary>
public sealed class SecondDbContext(DbContextOptions<SecondDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "msgsecond";

    protected override string Schema => SchemaName;

    public static async Task CreateAsync(OutboxDatabase database)
    {
        await using var db = new SecondDbContext(new DbContextOptionsBuilder<SecondDbContext>().UseNpgsql(database.ConnectionString).Options);
        await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
    }
}
