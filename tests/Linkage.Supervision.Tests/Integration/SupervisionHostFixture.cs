using System.Text.Json;
using Linkage.Contracts.Events.Approval;
using Linkage.Contracts.Events.Intake;
using Linkage.Supervision.Features.Sweep;
using Linkage.Supervision.Persistence;
using Linkage.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Linkage.Supervision.Tests;

/// <summary>The three late-stage modules on real PostgreSQL and RabbitMQ; intake's events are published on the
/// host's own bus, as intake would.</summary>
public class SupervisionHostFixture : IAsyncLifetime
{
    public LinkageTestHost Host { get; private set; } = null!;

    /// <summary>Whether a case's events take turns in the host (decision 0755); off, the row locks alone order them, as
    /// between the processes of a split deployment.</summary>
    public virtual bool CaseTurns => true;

    public async Task InitializeAsync() => Host = await LinkageTestHost.StartAsync("supervision,ratings,videoreview", configure: s =>
    {
        s["Linkage:Supervision:Sweep"] = "false"; // tests sweep on chosen dates (SweepAsync)
        s["Linkage:RabbitMq:CaseTurns"] = CaseTurns.ToString();
        Configure(s);
    });

    /// <summary>Settings of a fixture's own, after the ones above.</summary>
    protected virtual void Configure(Dictionary<string, string?> settings) { }

    /// <summary>Runs the host's own deadline and escalation sweeps as of <paramref name="today"/> until it finds nothing due.</summary>
    public async Task<int> SweepAsync(DateOnly today)
    {
        var total = 0;
        for (int n; (n = await SweepOnceAsync(today)) > 0;) total += n;
        return total;
    }

    public async Task<int> SweepOnceAsync(DateOnly today)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DeadlineSweep>().RunAsync(today, CancellationToken.None)
            + await scope.ServiceProvider.GetRequiredService<MilestoneSweep>().RunAsync(today, CancellationToken.None)
            + await scope.ServiceProvider.GetRequiredService<ProjectTargetSweep>().RunAsync(today, CancellationToken.None)
            + await scope.ServiceProvider.GetRequiredService<OrderEscalationSweep>().RunAsync(today, CancellationToken.None);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public Task PublishAsync<T>(T message) where T : class => Host.Services.GetRequiredService<IBus>().Publish(message);

    public Task PublishAsync<T>(T message, Guid messageId) where T : class =>
        Host.Services.GetRequiredService<IBus>().Publish(message, c => c.MessageId = messageId);

    /// <summary>Publishes the events and waits until supervision has recorded every one of them.</summary>
    public async Task DeliverAsync(params object[] events)
    {
        var ids = string.Join(",", events.Select(e => $"'{CaseIdOf(e)}'").Distinct());
        var entries = $"SELECT count(*) FROM supervision.timeline_entries WHERE \"CaseId\" IN ({ids})";
        var expected = await CountAsync(entries) + events.Length; // each event puts one entry on its case's timeline
        foreach (var e in events) await Host.Services.GetRequiredService<IBus>().Publish(e, e.GetType());
        await Host.Eventually(async () => await CountAsync(entries) >= expected);
    }

    /// <summary>Publishes the events and waits until supervision's inbox has taken every one of them (for events that put
    /// nothing on a case's timeline).</summary>
    public async Task DeliverToInboxAsync(params object[] events)
    {
        var bus = Host.Services.GetRequiredService<IBus>();
        var ids = events.Select(_ => Guid.NewGuid()).ToArray();
        for (var i = 0; i < events.Length; i++)
        {
            var id = ids[i];
            await bus.Publish(events[i], events[i].GetType(), c => c.MessageId = id);
        }
        var taken = $"SELECT count(*) FROM supervision.inbox_messages WHERE message_id IN ('{string.Join("','", ids)}')";
        await Host.Eventually(async () => await CountAsync(taken) == ids.Length, TimeSpan.FromSeconds(60));
    }

    /// <summary>The case's open alarms as the county supervisor lists them.</summary>
    public async Task<IReadOnlyList<JsonElement>> OpenAlarmsAsync(Guid caseId) =>
        (await Host.CreateClient("supervisor-county").OkBodyAsync($"/api/supervision/alarms?caseId={caseId}")).Items().EnumerateArray().ToList();

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The case's next check as the deadline sweep reads it.</summary>
    public async Task<DateOnly?> NextCheckOnAsync(Guid caseId)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        return await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => c.NextCheckOn).SingleAsync();
    }

    /// <summary>A statement in a test's own transaction (a sweep's claim held open, say), its one value.</summary>
    public static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, NpgsqlTransaction tx, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static Guid CaseIdOf(object e) => e switch
    {
        CaseAccepted a => a.CaseId,
        CaseCompleted c => c.CaseId,
        ReviewOpened o => o.CaseId,
        DepartmentDecided d => d.CaseId,
        ClockStopped s => s.CaseId,
        ClockResumed r => r.CaseId,
        DeadlineExtended x => x.CaseId,
        CaseRejected r => r.CaseId,
        _ => throw new ArgumentException($"Not an intake or approval event: {e.GetType().Name}"),
    };
}

/// <summary>A supervision host whose case's events take no turns (<see cref="SupervisionHostFixture.CaseTurns"/>).</summary>
public sealed class SupervisionHostWithoutTurnsFixture : SupervisionHostFixture
{
    public override bool CaseTurns => false;
}

/// <summary>A supervision host whose departments' decisions gather for a round until four are in (or a minute after the
/// first arrived), so the four deliveries a test publishes together are handed to the consumer as one round however
/// slowly the broker delivers them.</summary>
public sealed class SupervisionHostGatheringDecisionsFixture : SupervisionHostFixture
{
    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Linkage:RabbitMq:Batch:Endpoints:supervision-department-decided:MessageLimit"] = "4";
        settings["Linkage:RabbitMq:Batch:Endpoints:supervision-department-decided:TimeLimit"] = "00:01:00";
    }
}
