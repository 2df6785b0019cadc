using Linkage.Testing;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging.Tests.Infrastructure;

/// <summary>A fresh database (Linkage.Testing's <see cref="TestDatabase"/>) with the test module's schema, tables
/// from the model, and the federation schema a module's migration creates (<see cref="FederationSchema"/>); dropped
/// afterwards.</summary>
public sealed class OutboxDatabase : IAsyncDisposable
{
    private readonly TestDatabase database;

    private OutboxDatabase(TestDatabase database) => this.database = database;

    public string ConnectionString => database.ConnectionString;

    public static async Task<OutboxDatabase> CreateAsync()
    {
        var created = new OutboxDatabase(await TestDatabase.CreateAsync("msg_", maxPoolSize: 60));
        await using var db = created.NewContext();
        await db.Database.EnsureCreatedAsync();
        await FederationSchema.EnsureAsync(db, CancellationToken.None);
        return created;
    }

    public TestDbContext NewContext() =>
        new(new DbContextOptionsBuilder<TestDbContext>().UseNpgsql(ConnectionString).Options);

    public Task<T> ScalarAsync<T>(string sql) => database.ScalarAsync<T>(sql);

    public ValueTask DisposeAsync() => database.DisposeAsync();
}
