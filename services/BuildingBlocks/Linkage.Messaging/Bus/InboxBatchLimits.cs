using MassTransit;
using Microsoft.Extensions.Configuration;

namespace Linkage.Messaging;

/// <summary>How MassTransit gathers a <see cref="InboxBatchConsumer{TMessage,TContext}"/>'s batches
/// (<c>Linkage:RabbitMq:Batch:*</c>, decision 0662): at most <see cref="MessageLimit"/> deliveries a batch, handed over
/// once it is full or <see cref="TimeLimit"/> after its first delivery arrived, and at most <see cref="ConcurrencyLimit"/>
/// batches applied at once. The queue's prefetch holds one more batch than are applied, so the next one gathers
/// meanwhile. An endpoint may set its own under <c>Linkage:RabbitMq:Batch:Endpoints:{endpoint}:*</c>: the certificates'
/// issuing consumer applies more rounds at once, where its deliveries waited for a round while its siblings on the same
/// message had theirs applied (decision 0787).</summary>
public sealed record InboxBatchLimits(int MessageLimit, int ConcurrencyLimit, TimeSpan TimeLimit)
{
    public static InboxBatchLimits From(IConfiguration config, string? endpoint = null)
    {
        var section = config.GetSection("Linkage:RabbitMq:Batch");
        var limits = new InboxBatchLimits(section.GetValue("MessageLimit", 16), section.GetValue("ConcurrencyLimit", 2),
            section.GetValue("TimeLimit", TimeSpan.FromMilliseconds(20)));
        if (endpoint is null) return limits;
        var own = section.GetSection($"Endpoints:{endpoint}");
        return new InboxBatchLimits(own.GetValue("MessageLimit", limits.MessageLimit), own.GetValue("ConcurrencyLimit", limits.ConcurrencyLimit),
            own.GetValue("TimeLimit", limits.TimeLimit));
    }

    public static bool Batches(Type consumer) =>
        consumer.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>)
            && i.GetGenericArguments()[0] is { IsGenericType: true } m && m.GetGenericTypeDefinition() == typeof(Batch<>));

    public void ApplyTo(BatchOptions options)
    {
        var capacity = MessageLimit * (ConcurrencyLimit + 1);
        options.SetMessageLimit(MessageLimit).SetConcurrencyLimit(ConcurrencyLimit).SetTimeLimit(TimeLimit)
            .SetTimeLimitStart(BatchTimeLimitStart.FromFirst)
            .SetConfigurationCallback((_, endpoint) =>
            {
                endpoint.PrefetchCount = Math.Max(capacity, endpoint.PrefetchCount);
                if (endpoint.ConcurrentMessageLimit < capacity) endpoint.ConcurrentMessageLimit = capacity;
            });
    }
}
