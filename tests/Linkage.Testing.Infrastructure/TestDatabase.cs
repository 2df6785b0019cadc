using Npgsql;

namespace Linkage.Testing;

/// <summary>A fresh PostgreSQL database for one test host or test, dropped afterwards. Copied from the template that
/// holds the least-privilege logins' default privileges (decision 0535): a host connects as <see cref="AppConnectionString"/>
/// and migrates as <see cref="MigratorConnectionString"/>; <see cref="ConnectionString"/> is the superuser's, for the
/// test's own reads and set-ups.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string name, int maxPoolSize)
    {
        Name = name;
        ConnectionString = On(TestEnvironment.PostgresAdmin, name, maxPoolSize);
        AppConnectionString = On(TestEnvironment.PostgresApp, name, maxPoolSize);
        MigratorConnectionString = On(TestEnvironment.PostgresMigrator, name, maxPoolSize);
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public string AppConnectionString { get; }

    public string MigratorConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(string prefix = "t_", int maxPoolSize = 40)
    {
        var name = prefix + Guid.NewGuid().ToString("N")[..16];
        var (app, migrator) = (Login(TestEnvironment.PostgresApp), Login(TestEnvironment.PostgresMigrator));
        await using (var admin = new NpgsqlConnection(TestEnvironment.PostgresAdmin))
        {
            await admin.OpenAsync();
            // a copy keeps the template's default privileges but not the database's own grants (scripts/logins.sh)
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE {TestEnvironment.PostgresTemplate}", admin);
            await create.ExecuteNonQueryAsync();
            await using var grant = new NpgsqlCommand(
                $"""
                REVOKE ALL ON DATABASE {name} FROM PUBLIC;
                GRANT CONNECT ON DATABASE {name} TO "{app}";
                GRANT CONNECT, CREATE, TEMPORARY ON DATABASE {name} TO "{migrator}";
                GRANT CREATE ON DATABASE {name} TO linkage_audit_owner;
                """, admin);
            await grant.ExecuteNonQueryAsync();
        }
        return new TestDatabase(name, maxPoolSize);
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var conn = new NpgsqlConnection(ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(TestEnvironment.PostgresAdmin);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private static string Login(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Username!;

    private static string On(string connectionString, string database, int maxPoolSize) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database, MaxPoolSize = maxPoolSize }.ConnectionString;
}
