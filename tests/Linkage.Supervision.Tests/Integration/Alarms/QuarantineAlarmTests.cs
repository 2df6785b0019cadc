using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Contracts.Federation;
using Linkage.Messaging;
using RabbitMQ.Client;

namespace Linkage.Supervision.Tests;

/// <summary>Decision 0624: a federation event the deployment refuses raises a red card under its own division, which
/// its supervisor sees, acknowledges and resolves like any other alarm; nothing of the event is applied.</summary>
public sealed class QuarantineAlarmTests : IAsyncLifetime
{
    private const string County = "350926000000";
    private LinkageTestHost host = null!;

    public async Task InitializeAsync() => host = await LinkageTestHost.StartAsync("supervision", configure: s => s["Linkage:Serves"] = County);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task An_unsigned_roll_up_is_quarantined_and_its_red_card_is_acknowledged_and_resolved_by_the_county_supervisor()
    {
        var forged = new FederationEvent
        {
            Id = Guid.NewGuid().ToString(), Source = "/linkage/intruder", Type = CountsRolledUp.Type, Subject = $"counts:20250301:{County}",
            Time = DateTimeOffset.UtcNow, TargetDivision = County, Sequence = 1,
            Data = JsonSerializer.SerializeToElement(new { handlingDivision = County, day = "2025-03-01", completed = 999 }),
        };
        var counted = await CountAsync("SELECT count(*) FROM supervision.daily_counts");
        await PublishAsync(forged);

        var supervisor = host.CreateClient("supervisor-county");
        var card = await host.Eventually(async () =>
        {
            var open = await supervisor.OkBodyAsync($"/api/supervision/alarms?division={County}");
            return open.Items().EnumerateArray().Where(a => a.GetProperty("kind").GetString() == "event-quarantined")
                .Select(a => (JsonElement?)a).FirstOrDefault();
        }, TimeSpan.FromSeconds(60));
        Assert.Equal("red", card!.Value.GetProperty("level").GetString());
        Assert.Equal("raised", card.Value.GetProperty("state").GetString());
        Assert.Equal(County, card.Value.GetProperty("handlingDivision").GetString());
        Assert.Equal("unsigned", card.Value.GetProperty("note").GetString());
        Assert.StartsWith("隔离 linkage.supervision.counts-rolled-up", card.Value.GetProperty("caseNumber").GetString());
        Assert.Equal(counted, await CountAsync("SELECT count(*) FROM supervision.daily_counts"));

        var id = card.Value.GetProperty("id").GetString();
        var outsider = await host.CreateClient("other-county-clerk").PostAsync($"/api/supervision/alarms/{id}/acknowledge", null);
        await outsider.ProblemAsync(HttpStatusCode.NotFound);
        var acknowledged = await (await supervisor.PostAsync($"/api/supervision/alarms/{id}/acknowledge", null)).OkAsync();
        Assert.Equal("acknowledged", acknowledged.GetProperty("state").GetString());
        var resolved = await (await supervisor.PostAsJsonAsync($"/api/supervision/alarms/{id}/resolve", new { note = "伪造事件, 已清除隔离队列" })).OkAsync();
        Assert.Equal("resolved", resolved.GetProperty("state").GetString());
        Assert.Equal("伪造事件, 已清除隔离队列", resolved.GetProperty("note").GetString());
        var stillOpen = await supervisor.OkBodyAsync($"/api/supervision/alarms?division={County}");
        Assert.DoesNotContain(stillOpen.Items().EnumerateArray(), a => a.GetProperty("id").GetString() == id);
    }

    private async Task PublishAsync(FederationEvent e)
    {
        await using var connection = await new ConnectionFactory { Uri = host.AmqpUri }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        await channel.BasicPublishAsync(e.Type, "", mandatory: true, new BasicProperties { DeliveryMode = DeliveryModes.Persistent }, e.ToJsonBytes());
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
