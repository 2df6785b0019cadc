using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Linkage.Messaging.Tests.Federation.Dapr;

/// <summary>Decision 0699: the sweep forgets a failed delivery whose event has not failed again for as long as an event
/// may live (<c>Linkage:Federation:MaxEventAge</c>), and keeps those still failing within it.</summary>
public sealed class FailedDeliveriesSweepTests
{
    [Fact]
    public async Task The_sweep_forgets_only_failed_deliveries_older_than_an_event_may_live()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        var config = ConfigFor(database);
        await using var federationDatabase = new FederationDatabase(config);
        var attempts = new DaprFailedAttempts(federationDatabase);
        await attempts.FailedAsync("recent", CancellationToken.None);
        await attempts.FailedAsync("six-days", CancellationToken.None);
        await attempts.FailedAsync("eight-days", CancellationToken.None);
        await attempts.FailedAsync("forty-days", CancellationToken.None);
        await database.ScalarAsync<int>("""
            WITH aged AS (UPDATE federation.failed_deliveries SET failed_at = now() - CASE event_id
                WHEN 'six-days' THEN interval '6 days' WHEN 'eight-days' THEN interval '8 days' ELSE interval '40 days' END
              WHERE event_id <> 'recent' RETURNING 1)
            SELECT count(*)::int FROM aged
            """);
        var sweep = new FailedDeliveriesSweep(attempts, FederationOptions.From(config), config, NullLogger<FailedDeliveriesSweep>.Instance);

        Assert.Equal(2, await sweep.SweepAsync(CancellationToken.None));

        Assert.Equal(["recent", "six-days"], await RemainingAsync(database));
        Assert.Equal(0, await sweep.SweepAsync(CancellationToken.None));
        Assert.Equal(2, (await attempts.FailedAsync("six-days", CancellationToken.None)).Failures); // a kept row counts on
    }

    [Fact]
    public async Task One_sweep_forgets_batch_after_batch_until_a_short_one()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        var config = ConfigFor(database, purgeBatchSize: "10");
        await using var federationDatabase = new FederationDatabase(config);
        var attempts = new DaprFailedAttempts(federationDatabase);
        await attempts.FailedAsync("recent", CancellationToken.None);
        await database.ScalarAsync<int>("""
            WITH old AS (INSERT INTO federation.failed_deliveries (event_id, failures, failed_at)
                SELECT 'old-' || n, 1, now() - interval '8 days' FROM generate_series(1, 25) n RETURNING 1)
            SELECT count(*)::int FROM old
            """);
        var sweep = new FailedDeliveriesSweep(attempts, FederationOptions.From(config), config, NullLogger<FailedDeliveriesSweep>.Instance);

        Assert.Equal(25, await sweep.SweepAsync(CancellationToken.None)); // 10, 10, then a short 5: one sweep, three batches

        Assert.Equal(["recent"], await RemainingAsync(database));
    }

    /// <summary>An event may live seven days; the purge's batch as the outbox's unless given.</summary>
    private static IConfiguration ConfigFor(OutboxDatabase database, string? purgeBatchSize = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Linkage"] = database.ConnectionString,
            ["Linkage:Federation:MaxEventAge"] = "7.00:00:00",
        };
        if (purgeBatchSize is not null) settings["Linkage:Outbox:PurgeBatchSize"] = purgeBatchSize;
        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }

    private static async Task<List<string>> RemainingAsync(OutboxDatabase database)
    {
        await using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT event_id FROM federation.failed_deliveries ORDER BY event_id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync()) ids.Add(reader.GetString(0));
        return ids;
    }
}
