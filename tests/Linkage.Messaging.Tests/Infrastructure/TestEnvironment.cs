namespace Linkage.Messaging.Tests.Infrastructure;

/// <summary>The real PostgreSQL and RabbitMQ that <c>./platform test</c> starts; never faked, never skipped.</summary>
public static class TestEnvironment
{
    public static string PostgresAdmin => Required("LINKAGE_TEST_PG");

    public static string Amqp => Required("LINKAGE_TEST_AMQP");

    public static string RabbitManagement => Required("LINKAGE_TEST_RABBIT_MGMT");

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{name} is not set. Run the tests through ./platform test, which starts PostgreSQL and RabbitMQ and exports it.");

    public static string NewName(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 10)];
}
