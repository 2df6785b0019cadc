using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Messaging;

public static class BusRegistrationExtensions
{
    /// <summary>Adds a consumer on its own receive endpoint named <c>{module}-{kebab consumer name}</c>
    /// (<c>CaseApprovedConsumer</c> in intake → <c>intake-case-approved</c>), so modules sharing a broker or a
    /// process each get their own queue and <c>_error</c> queue. A consumer of batches
    /// (<see cref="InboxBatchConsumer{TMessage,TContext}"/>) gets the <see cref="InboxBatchLimits"/>.</summary>
    public static IConsumerRegistrationConfigurator<TConsumer> AddModuleConsumer<TConsumer>(
        this IBusRegistrationConfigurator bus, string module) where TConsumer : class, IConsumer
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(module);
        var name = $"{module.ToLowerInvariant()}-{KebabCaseEndpointNameFormatter.Instance.Consumer<TConsumer>()}";
        var consumer = InboxBatchLimits.Batches(typeof(TConsumer))
            ? bus.AddConsumer<TConsumer>((context, c) =>
                c.Options<BatchOptions>(o => InboxBatchLimits.From(context.GetRequiredService<IConfiguration>(), name).ApplyTo(o)))
            : bus.AddConsumer<TConsumer>();
        consumer.Endpoint(e => e.Name = name);
        return consumer;
    }
}
