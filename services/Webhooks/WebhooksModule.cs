using Linkage.ServiceDefaults.Hosting;
using Linkage.ServiceDefaults.Modules;
using Linkage.ServiceDefaults.Persistence;
using Linkage.Webhooks.Features.Deliveries;
using Linkage.Webhooks.Features.Shared;
using Linkage.Webhooks.Features.Subscriptions;
using Linkage.Webhooks.Messaging;
using Linkage.Webhooks.Persistence;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Webhooks;

/// <summary>Webhooks for integrators who cannot join the broker (issue 16 part 6, decisions 0600–0603): subscriptions
/// per subtree, a delivery row per matching event written with the inbox, a sender POSTing signed CloudEvents in
/// order with exponential backoff, a delivery log and replay.</summary>
public sealed class WebhooksModule : ILinkageModule
{
    public string Name => "webhooks";

    public string PathPrefix => "/api/webhooks";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        var options = WebhookOptions.From(configuration);
        services.AddModuleDbContext<WebhooksDbContext>(configuration, Name, WebhooksDbContext.SchemaName);
        services.AddSingleton(options);
        services.AddSingleton<TargetUrl>();
        services.AddHttpClient(WebhookSender.Client, c => c.Timeout = options.Timeout)
            .ConfigurePrimaryHttpMessageHandler(() => TargetConnector.Handler(options));
        services.AddScoped<WebhookSender>();
        services.AddScoped<DeliverySweep>().AddHostedService<SweepService<DeliverySweep>>();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus) => WebhookEvents.AddConsumers(bus);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(PathPrefix).WithTags("Webhooks")
            .RequireAuthorization(p => p.RequireRole(WebhookScope.Managers));
        CreateSubscriptionEndpoint.Map(api);
        ListSubscriptionsEndpoint.Map(api);
        ChangeSubscriptionEndpoints.Map(api);
        ListDeliveriesEndpoint.Map(api);
        ReplayEndpoints.Map(api);
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken ct) =>
        services.MigrateModuleAsync<WebhooksDbContext>(ct);
}
