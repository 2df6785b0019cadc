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

    /// <summary>The other events ratings publishes: invitations, relay requests, feedback, alarms, closings.</summary>
    public ConcurrentQueue<object> Published { get; } = new();

    public string ResidentDigest => Host.DigestOf(ResidentId);

    public async Task InitializeAsync()
    {
        Host = await LinkageTestHost.StartAsync("supervision,ratings,videoreview");
        listener = Host.Services.GetRequiredService<IBus>().ConnectReceiveEndpoint("test-case-rated",
            e =>
            {
                e.Handler<CaseRated>(context => { Rated.Enqueue(context.Message); return Task.CompletedTask; });
                Collect<RatingInvited>(e);
                Collect<ReturnVisitRequested>(e);
                Collect<RectificationFedBack>(e);
                Collect<ReturnVisitOverdue>(e);
                Collect<RectificationOverdue>(e);
                Collect<RectificationClosed>(e);
            });
        await listener.Ready;
    }

    public async Task DisposeAsync()
    {
        if (listener is not null) await listener.StopAsync();
        await Host.DisposeAsync();
    }

    private void Collect<T>(IReceiveEndpointConfigurator e) where T : class =>
        e.Handler<T>(context => { Published.Enqueue(context.Message); return Task.CompletedTask; });

    /// <summary>A case of the demo resident, accepted and (by default) completed — handled online — known to ratings.</summary>
    public async Task<CaseAccepted> CaseAsync(
        string handling = "350926000000", bool completed = true, string channel = "online", string? handlingOrgUnit = null,
        DateTimeOffset? completedAt = null)
    {
        var accepted = IntakeEvents.Accepted(ResidentDigest, handling, handlingOrgUnit);
        var bus = Host.Services.GetRequiredService<IBus>();
        await bus.Publish(accepted);
        if (completed) await bus.Publish(IntakeEvents.Completed(accepted, channel, completedAt));
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
