using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.Configuration;
using RabbitMQ.Client;

namespace Linkage.Messaging;

/// <summary>The queues of a broker's vhost, listed through the management API (<paramref name="managementUri"/>,
/// by default the AMQP port + 10000 on the same host), and a publisher-confirmed channel to move messages with.</summary>
internal sealed class BrokerQueues(RabbitMqUri uri, string? managementUri)
{
    public static BrokerQueues Of(IConfiguration config) => new(RabbitMqUri.From(config), config["Linkage:RabbitMq:ManagementUri"]);

    public async Task<HashSet<string>> ListAsync(CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = ManagementUri() };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{uri.UserName}:{uri.Password}")));
        var queues = await http.GetFromJsonAsync<List<QueueName>>(
            $"api/queues/{Uri.EscapeDataString(uri.VirtualHost)}?columns=name", ct) ?? [];
        return queues.Select(q => q.Name).ToHashSet(StringComparer.Ordinal);
    }

    public async Task<(IConnection Connection, IChannel Channel)> OpenAsync(CancellationToken ct)
    {
        var connection = await new ConnectionFactory { Uri = uri.ToAmqpUri() }.CreateConnectionAsync("linkage-messages", ct);
        var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), ct);
        return (connection, channel);
    }

    private Uri ManagementUri() => managementUri is { Length: > 0 } configured
        ? new Uri(configured.EndsWith('/') ? configured : configured + "/")
        : new UriBuilder(uri.UseSsl ? "https" : "http", uri.Host, uri.Port + 10000, "/").Uri;

    private sealed record QueueName(string Name);
}
