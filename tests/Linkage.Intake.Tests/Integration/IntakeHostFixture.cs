using Linkage.Testing;

namespace Linkage.Intake.Tests;

/// <summary>Catalog + intake on real PostgreSQL and RabbitMQ, shared by the tests of one class.</summary>
public class IntakeHostFixture : IAsyncLifetime
{
    public LinkageTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await LinkageTestHost.StartAsync("catalog,intake", configure: Configure);

    /// <summary>Settings of the host beyond the test defaults.</summary>
    protected virtual void Configure(Dictionary<string, string?> settings)
    {
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public Task<long> CountAsync(string sql) => Database.CountAsync(Host, sql);
}
