using System.Text.Json;
using Linkage.Contracts.Federation;
using Linkage.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RabbitMQ.Client;

namespace Linkage.Supervision.Tests;

/// <summary>Decision 0557: a federation event that fails every attempt goes to <c>dlq-*</c> and raises a red card
/// under the deployment's own division; once the cause is repaired, the operator's replay applies it and the card is
/// resolved by the system. The failure is real: the database refuses the runtime login's inserts into the table the
/// town's counter row goes to.</summary>
public sealed class DeadLetterAlarmTests : IAsyncLifetime
{
    private const string County = "350926000000", Town = "350926100000";
    private static readonly FederationIdentity TownId = FederationIdentity.Create("town-350926100", Town);
    private static readonly TimeSpan Settled = TimeSpan.FromSeconds(60);
    private LinkageTestHost host = null!;

    public async Task InitializeAsync() => host = await LinkageTestHost.StartAsync("supervision", configure: s =>
    {
        s["Linkage:Federation:AppId"] = "county-350926";
        s["Linkage:Serves"] = County;
        s["Linkage:ServesExcept"] = Town;
        s["Linkage:Federation:MaxDeliveryAttempts"] = "2";
        TownId.TrustedBy(s, TierEvents.Up);
    });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_dead_lettered_roll_up_raises_a_red_card_that_its_replay_resolves_once_applied()
    {
        var login = new NpgsqlConnectionStringBuilder(host.Services.GetRequiredService<IConfiguration>()["ConnectionStrings:Linkage"]).Username;
        await ExecuteAsync($"""REVOKE INSERT ON supervision.daily_counts FROM "{login}" """);
        var row = TownId.Sign(new FederationEvent
        {
            Id = Guid.NewGuid().ToString(), Source = "/linkage/town-350926100", Type = CountsRolledUp.Type, Subject = $"counts:20250301:{Town}",
            Time = DateTimeOffset.UtcNow, TargetDivision = County, Sequence = 1,
            Data = JsonSerializer.SerializeToElement(new CountsRolledUp(new DateOnly(2025, 3, 1), Town, "ou-350926100-centre", "000121010000",
                "", "", 1, new CountsRolledUp.Figures(3, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)), MessageJson.Options),
        });
        await PublishAsync(row);

        var supervisor = host.CreateClient("supervisor-county");
        var card = await host.Eventually(async () =>
        {
            var open = await supervisor.OkBodyAsync($"/api/supervision/alarms?division={County}");
            return open.Items().EnumerateArray().Where(a => a.GetProperty("kind").GetString() == "event-dead-letter")
                .Select(a => (JsonElement?)a).FirstOrDefault();
        }, Settled);
        Assert.Equal("red", card!.Value.GetProperty("level").GetString());
        Assert.Equal(County, card.Value.GetProperty("handlingDivision").GetString());
        Assert.StartsWith("死信 linkage.supervision.counts-rolled-up", card.Value.GetProperty("caseNumber").GetString());
        Assert.StartsWith("2 attempts; CountsRolledUpHandler: PostgresException", card.Value.GetProperty("note").GetString());
        var deadLetters = $"dlq-county-350926-{CountsRolledUp.Type}";
        await Wait.Until(() => WaitingAsync(deadLetters), n => n == 1, Settled, "the row dead-lettered");
        Assert.Equal(0L, await TownRowsAsync());

        await ExecuteAsync($"""GRANT INSERT ON supervision.daily_counts TO "{login}" """); // the repair
        var replayed = await new FederationDeadLetters(new ConfigurationBuilder()
            .AddConfiguration(host.Services.GetRequiredService<IConfiguration>())
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Linkage:RabbitMq:ManagementUri"] = TestEnvironment.RabbitManagement.ToString() })
            .Build()).ReplayAsync("county-350926", CancellationToken.None);
        Assert.Equal(1, replayed[deadLetters]);

        var id = card.Value.GetProperty("id").GetString();
        await Wait.Until(TownRowsAsync, n => n == 1, Settled, "the replayed row applied");
        var resolved = await Wait.Until(() => ScalarAsync($"""SELECT "ResolvedBy" FROM supervision.alarms WHERE "Id" = '{id}'"""),
            by => by is string, Settled, "the card resolved");
        Assert.Equal("system", resolved);
        var open = await supervisor.OkBodyAsync($"/api/supervision/alarms?division={County}");
        Assert.DoesNotContain(open.Items().EnumerateArray(), a => a.GetProperty("id").GetString() == id);
        Assert.Equal(0u, await WaitingAsync(deadLetters));
    }

    private async Task<long> TownRowsAsync() => Convert.ToInt64(await ScalarAsync(
        $"""SELECT count(*) FROM supervision.daily_counts WHERE "HandlingDivision" = '{Town}' AND "RolledUpFrom" = 'town-350926100'"""));

    private async Task PublishAsync(FederationEvent e)
    {
        await using var connection = await new ConnectionFactory { Uri = host.AmqpUri }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        await channel.BasicPublishAsync(e.Type, "", mandatory: true, new BasicProperties { DeliveryMode = DeliveryModes.Persistent }, e.ToJsonBytes());
    }

    private async Task<uint> WaitingAsync(string queue)
    {
        await using var connection = await new ConnectionFactory { Uri = host.AmqpUri }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
