using System.Text.Json.Nodes;
using Linkage.Messaging.Tests.Infrastructure;
using RabbitMQ.Client;

namespace Linkage.Messaging.Tests.Federation;

/// <summary>A unique topic and consumer id on the shared broker, with everything the adapter declares for them
/// removed afterwards.</summary>
public sealed record FederationBroker(Broker Broker, string Topic, string AppId)
{
    public string Queue => $"{AppId}-{Topic}";

    public static FederationBroker For(Broker broker)
    {
        var topic = $"linkage.test.{TestEnvironment.NewName("t")}.v1";
        var appId = TestEnvironment.NewName("app");
        var federation = new FederationBroker(broker, topic, appId);
        broker.CleanUp(topic, federation.Queue, $"dlx-{federation.Queue}", $"dlq-{federation.Queue}", federation.Quarantine);
        return federation;
    }

    public Dictionary<string, string?> Settings(string? serves = null, int maxAttempts = 8)
    {
        var settings = TestSigner.TrustSettings();
        settings["Linkage:Federation:AppId"] = AppId;
        settings["Linkage:Federation:Source"] = "/linkage/test";
        settings["Linkage:Federation:MaxDeliveryAttempts"] = maxAttempts.ToString();
        settings["Linkage:Federation:GapTimeout"] = "00:00:08";
        settings["Linkage:Serves"] = serves;
        return settings;
    }

    public string Quarantine => $"{AppId}-quarantine";

    /// <summary>The probe keys of the events the quarantine holds, taken off it.</summary>
    public async Task<List<string>> TakeQuarantinedKeysAsync()
    {
        await using var channel = await Broker.Connection.CreateChannelAsync();
        var keys = new List<string>();
        while (await channel.BasicGetAsync(Quarantine, autoAck: true) is { } got)
            keys.Add(JsonNode.Parse(got.Body.Span)!["data"]!["key"]!.GetValue<string>());
        return keys;
    }

    /// <summary>Publishes raw bytes to the topic exchange the way Dapr's component does (text/plain unless told).</summary>
    public Task PublishRawAsync(byte[] body, string contentType = "text/plain") => PublishRawAsync([body], contentType);

    /// <summary>Publishes each body in turn on one channel, each confirmed before the next.</summary>
    public async Task PublishRawAsync(IReadOnlyList<byte[]> bodies, string contentType = "text/plain")
    {
        await using var channel = await Broker.Connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        var properties = new BasicProperties { ContentType = contentType, DeliveryMode = DeliveryModes.Persistent };
        foreach (var body in bodies) await channel.BasicPublishAsync(Topic, "", false, properties, body);
    }
}
