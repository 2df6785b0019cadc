using System.Text.Json.Nodes;
using Linkage.ServiceDefaults.Events;
using Linkage.ServiceDefaults.Modules;
using MassTransit;

namespace Linkage.Webhooks.Messaging;

/// <summary>The catalogue's integration events (<see cref="PublishedEvent"/>), each consumed here on one queue,
/// <c>webhooks-events</c>, one message at a time so a subscription's deliveries are numbered in arrival order
/// (decision 0601). Federation events travel between tiers' brokers and are not offered as webhooks.</summary>
public static class WebhookEvents
{
    private const string QueueSuffix = "events";

    public const string Queue = "webhooks-" + QueueSuffix;

    public static IReadOnlyDictionary<string, PublishedEvent> Offered { get; } =
        PublishedEvent.All.Where(e => !e.CrossesTiers).ToDictionary(e => e.CloudEventType, StringComparer.Ordinal);

    /// <summary>The events that cannot teach this module a case's unit (<see cref="EventFacts.Places"/>): one reaches
    /// the queue only while an active subscription wants its type (<see cref="WebhookBindings"/>, decision 0757); the
    /// others always do, for the units they teach.</summary>
    public static IReadOnlyList<PublishedEvent> Optional { get; } = [.. Offered.Values.Where(e => !EventFacts.Places(e.Contract))];

    private static readonly Dictionary<Type, string> Types = Offered.Values.ToDictionary(e => e.Contract, e => e.CloudEventType);

    private static readonly Dictionary<string, Arrival> ByMessageType = Offered.Values.ToDictionary(
        e => MessageUrn.ForTypeString(e.Contract), Arrival.Of, StringComparer.OrdinalIgnoreCase);

    public static string TypeOf(Type contract) => Types[contract];

    /// <summary>The offered event a message is: the first of its message types (its contract comes first, then the
    /// types it derives from) that the catalogue offers; none for any other message.</summary>
    public static Arrival? Of(ConsumeContext context)
    {
        foreach (var messageType in context.SupportedMessageTypes)
            if (ByMessageType.TryGetValue(messageType, out var arrival)) return arrival;
        return null;
    }

    /// <summary>One consumer of every offered event (decision 0832). MassTransit would bind a <see cref="JsonObject"/>
    /// exchange of its own to the queue; each event's exchange is bound instead, as a consumer of its contract bound
    /// it, but for the optional ones, which <see cref="WebhookBindings"/> binds while a subscription wants them.</summary>
    public static void AddConsumers(ModuleConsumers consumers)
    {
        consumers.AddInOrder<WebhookConsumer>(QueueSuffix);
        consumers.ConfigureEndpoint(QueueSuffix, endpoint =>
        {
            endpoint.ConfigureMessageTopology<JsonObject>(false);
            var rabbit = (IRabbitMqReceiveEndpointConfigurator)endpoint;
            foreach (var e in Offered.Values.Except(Optional)) rabbit.Bind(e.Channel);
        });
    }

    /// <summary>An offered event as it arrives, with the name the inbox remembers its deliveries under: the name of
    /// the closed consumer of its contract that took it before 0832, so a delivery repeated across that change is
    /// still recognised.</summary>
    public sealed record Arrival(PublishedEvent Event, string InboxName)
    {
        public static Arrival Of(PublishedEvent e) =>
            new(e, $"{typeof(WebhookConsumer).FullName}`1[[{e.Contract.AssemblyQualifiedName}]]");
    }
}
