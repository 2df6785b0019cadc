using Linkage.Messaging;
using Linkage.ServiceDefaults.Hosting;
using Linkage.ServiceDefaults.Modules;
using Linkage.Webhooks.Features.Deliveries;
using Linkage.Webhooks.Features.Shared;
using Linkage.Webhooks.Features.Subscriptions;
using Linkage.Webhooks.Messaging;
using Linkage.Webhooks.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Webhooks;

/// <summary>Webhooks for integrators who cannot join the broker (issue 16 part 6, decisions 0600–0603): subscriptions
/// per subtree, a delivery row per matching event written with the inbox, a sender POSTing signed CloudEvents in
/// order with exponential backoff, a delivery log and replay.</summary>
public sealed class WebhooksModule() : LinkageModule<WebhooksDbContext>("webhooks", "/api/webhooks", WebhooksDbContext.SchemaName)
{
    protected override void AddModuleServices(IServiceCollection services, IConfiguration configuration)
    {
        var options = WebhookOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton<TargetUrl>().AddSingleton<Subscribers>();
        services.AddHttpClient(WebhookSender.Client, c => c.Timeout = options.Timeout)
            .ConfigurePrimaryHttpMessageHandler(() => TargetConnector.Handler(options));
        services.AddScoped<WebhookSender>();
        services.AddSweep<DeliverySweep>();
        services.AddSingleton<EndpointBindings>().AddSweep<WebhookBindings>();
    }

    protected override void AddModuleConsumers(ModuleConsumers consumers) => WebhookEvents.AddConsumers(consumers);

    protected override void MapApi(RouteGroupBuilder api)
    {
        api.RequireAuthorization(p => p.RequireRole(WebhookScope.Managers));
        CreateSubscriptionEndpoint.Map(api);
        ListSubscriptionsEndpoint.Map(api);
        ChangeSubscriptionEndpoints.Map(api);
        ListDeliveriesEndpoint.Map(api);
        ReplayEndpoints.Map(api);
    }
}
