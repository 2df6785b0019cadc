using Dapr;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Messaging;

public static class FederationEndpoints
{
    /// <summary>Dapr mode: the CloudEvents middleware, one POST route per handled topic
    /// (<c>/federation/{type}</c>, <c>WithTopic</c>) and <c>GET /dapr/subscribe</c>, all behind the Dapr app token.
    /// No-op in rabbitmq mode. Call after UseAuthentication/UseAuthorization.</summary>
    public static WebApplication MapFederationEndpoints(this WebApplication app)
    {
        if (app.Services.GetService<FederationOptions>() is not { Mode: FederationMode.Dapr } options) return app;
        app.UseCloudEvents(new CloudEventsMiddlewareOptions { ForwardCloudEventPropertiesAsHeaders = true });
        foreach (var topic in app.Services.GetRequiredService<FederationDispatcher>().Topics)
        {
            app.MapPost($"/federation/{topic}", DaprSubscriptionEndpoint.HandleAsync)
                .WithTopic(options.PubSubName, topic)
                .RequireAuthorization(FederationServiceCollectionExtensions.DaprPolicy)
                .ExcludeFromDescription();
        }
        app.MapSubscribeHandler().RequireAuthorization(FederationServiceCollectionExtensions.DaprPolicy);
        return app;
    }
}
