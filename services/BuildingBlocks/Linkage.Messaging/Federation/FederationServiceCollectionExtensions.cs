using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Linkage.Messaging;

public static class FederationServiceCollectionExtensions
{
    /// <summary>Name of the authorization policy on the Dapr-facing endpoints (the <c>dapr-api-token</c> header).</summary>
    public const string DaprPolicy = "Dapr";

    /// <summary>The federation bus adapter chosen by <c>Linkage:Federation:Mode</c> (<c>rabbitmq</c> default, or
    /// <c>dapr</c>), its <see cref="IFederationPublisher"/> and the subscriptions of the registered handlers.</summary>
    public static IServiceCollection AddFederationBus(this IServiceCollection services, IConfiguration config)
    {
        var options = FederationOptions.From(config);
        services.TryAddSingleton(options);
        services.TryAddSingleton(sp => new FederationKeys(sp.GetRequiredService<IConfiguration>(), options.AppId));
        services.TryAddSingleton<FederationTrust>();
        services.TryAddSingleton<FederationSigner>();
        services.TryAddSingleton<FederationAdmission>();
        services.TryAddSingleton<FederationDispatcher>();
        services.TryAddSingleton<FederationAlarm>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<FederationDatabase>();
        if (options.Mode == FederationMode.Dapr) AddDaprAdapter(services, options, config);
        else AddRabbitMqAdapter(services);
        return services;
    }

    /// <summary>Handles CloudEvents of <paramref name="type"/> (also the topic) whose target division this deployment
    /// serves. <paramref name="origin"/> names the division an event speaks for (the signer must be allowed to speak
    /// for it; without it only a signer speaking for everything is). The handler is scoped; several handlers of one
    /// type each get the event.</summary>
    public static IServiceCollection AddFederationHandler<TPayload, THandler>(
        this IServiceCollection services, string type, Func<FederationEvent, TPayload, string?>? origin = null)
        where TPayload : notnull
        where THandler : class, IFederationHandler<TPayload>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        services.TryAddScoped<THandler>();
        services.AddSingleton<IFederationSubscription>(new FederationSubscription<TPayload, THandler>(type, origin));
        return services;
    }

    private static void AddRabbitMqAdapter(IServiceCollection services)
    {
        services.TryAddSingleton<RabbitMqFederationConnection>();
        services.TryAddSingleton<FederationDelivery>();
        services.TryAddSingleton<SubjectProgress>();
        services.TryAddSingleton<FederationBatchDispatcher>();
        services.TryAddSingleton<FederationBatchDelivery>();
        services.TryAddSingleton<OutboxHolds>();
        services.TryAddSingleton<FederationDrains>();
        services.TryAddSingleton<FederationQuarantine>();
        services.TryAddSingleton<FederationRequeue>();
        services.TryAddSingleton<LinkBindingLedger>();
        services.TryAddSingleton<IFederationPublisher, RabbitMqFederationPublisher>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, RabbitMqFederationSubscriber>());
    }

    private static void AddDaprAdapter(IServiceCollection services, FederationOptions options, IConfiguration config)
    {
        if (string.IsNullOrEmpty(options.AppApiToken))
            throw new InvalidOperationException(
                "Federation mode 'dapr' needs the app API token the sidecar sends: set APP_API_TOKEN or Linkage:Federation:AppApiToken.");
        if (string.IsNullOrEmpty(config.GetConnectionString("Linkage")))
            throw new InvalidOperationException(
                "Federation mode 'dapr' counts failed deliveries in the deployment's database: set ConnectionStrings:Linkage.");
        services.AddDaprClient(b =>
        {
            if (options.DaprGrpcEndpoint is { Length: > 0 } endpoint) b.UseGrpcEndpoint(endpoint);
        });
        services.TryAddSingleton<IFederationPublisher, DaprFederationPublisher>();
        services.TryAddSingleton<DaprFailedAttempts>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, FailedDeliveriesSweep>());
        services.AddAuthentication().AddDapr(o => o.Token = options.AppApiToken);
        services.AddAuthorization(o => o.AddDapr(DaprPolicy));
        services.AddHealthChecks().AddCheck<DaprSidecarHealthCheck>("dapr-sidecar", tags: ["ready"]);
    }
}
