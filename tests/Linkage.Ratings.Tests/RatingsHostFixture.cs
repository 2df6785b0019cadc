using Linkage.Contracts.Events.Intake;
using Linkage.Contracts.Events.Ratings;
using Linkage.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using System.Collections.Concurrent;

namespace Linkage.Ratings.Tests;

/// <summary>The three late-stage modules on real PostgreSQL and RabbitMQ. Intake's events are published on the host's
/// bus; the CaseRated events ratings publishes are collected from a queue of the test's own.</summary>
public sealed class RatingsHostFixture : IAsyncLifetime
{
    public const string ResidentId = "350926198503120020";

    private HostReceiveEndpointHandle? listener;

    public LinkageTestHost Host { get; private set; } = null!;

    public ConcurrentQueue<CaseRated> Rated { get; } = new();

    public string ResidentDigest => Host.DigestOf(ResidentId);

    public async Task InitializeAsync()
    {
        Host = await LinkageTestHost.StartAsync("supervision,ratings,videoreview");
        listener = Host.Services.GetRequiredService<IBus>().ConnectReceiveEndpoint("test-case-rated",
            e => e.Handler<CaseRated>(context => { Rated.Enqueue(context.Message); return Task.CompletedTask; }));
        await listener.Ready;
    }

    public async Task DisposeAsync()
    {
        if (listener is not null) await listener.StopAsync();
        await Host.DisposeAsync();
    }

    /// <summary>A case of the demo resident, accepted and (by default) completed, known to ratings.</summary>
    public async Task<CaseAccepted> CaseAsync(string handling = "350926000000", bool completed = true)
    {
        var accepted = IntakeEvents.Accepted(ResidentDigest, handling);
        var bus = Host.Services.GetRequiredService<IBus>();
        await bus.Publish(accepted);
        if (completed) await bus.Publish(IntakeEvents.Completed(accepted));
        await Host.Eventually(async () => await CountAsync(
            $"SELECT count(*) FROM ratings.cases WHERE \"Id\" = '{accepted.CaseId}' AND \"Completed\" = {completed}") == 1);
        return accepted;
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
