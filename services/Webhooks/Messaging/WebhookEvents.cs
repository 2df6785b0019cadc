using Linkage.ServiceDefaults.Events;
using Linkage.ServiceDefaults.Modules;

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

    public static string TypeOf(Type contract) => Types[contract];

    public static void AddConsumers(ModuleConsumers consumers)
    {
        var add = typeof(WebhookEvents).GetMethod(nameof(Add), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        foreach (var e in Offered.Values) add.MakeGenericMethod(e.Contract).Invoke(null, [consumers]);
        consumers.ConfigureEndpoint(QueueSuffix, endpoint =>
        {
            foreach (var e in Optional) endpoint.ConfigureMessageTopology(e.Contract, false);
        });
    }

    private static void Add<TEvent>(ModuleConsumers consumers) where TEvent : class =>
        consumers.AddInOrder<WebhookConsumer<TEvent>>(QueueSuffix);
}
