using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Linkage.Messaging;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>Runs an <see cref="OutboxDispatcher{TContext}"/> for the module's context (register the context
    /// itself first). Options from <c>Linkage:Outbox</c>.</summary>
    public static IServiceCollection AddOutbox<TContext>(this IServiceCollection services) where TContext : ModuleDbContext
    {
        services.TryAddSingleton(sp => OutboxOptions.From(sp.GetRequiredService<IConfiguration>()));
        services.TryAddSingleton<OutboxConnections>();
        services.TryAddSingleton<OutboxHolds>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, OutboxDispatcher<TContext>>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IParkedOutbox, ParkedOutbox<TContext>>());
        return services;
    }
}
