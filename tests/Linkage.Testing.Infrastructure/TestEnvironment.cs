namespace Linkage.Testing;

/// <summary>The real PostgreSQL and RabbitMQ that <c>./platform test</c> starts; never faked.</summary>
public static class TestEnvironment
{
    public static string PostgresAdmin => Required("LINKAGE_TEST_PG");

    /// <summary>The runtime login every host connects as (decisions 0534, 0535); its database is replaced per test.</summary>
    public static string PostgresApp => Required("LINKAGE_TEST_PG_APP");

    /// <summary>The login that runs migrations and owns the modules' schemas.</summary>
    public static string PostgresMigrator => Required("LINKAGE_TEST_PG_MIGRATOR");

    /// <summary>The database every test database is copied from: it holds the logins' default privileges.</summary>
    public static string PostgresTemplate => Required("LINKAGE_TEST_PG_TEMPLATE");

    public static Uri Amqp => new(AmqpAddress);

    /// <summary>The AMQP URI exactly as exported (a <see cref="Uri"/> would add a path, which RabbitMQ reads as a vhost).</summary>
    public static string AmqpAddress => Required("LINKAGE_TEST_AMQP");

    public static Uri RabbitManagement =>
        new(Environment.GetEnvironmentVariable("LINKAGE_TEST_RABBIT_MGMT") is { Length: > 0 } v ? v : "http://127.0.0.1:15673/");

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{name} is not set. Run the tests through ./platform test, which starts PostgreSQL and RabbitMQ and exports it.");

    /// <summary>A unique name for a database, queue, exchange or module of one test.</summary>
    public static string NewName(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 10)];
}
