using System.Text.Json;
using Dapr;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Messaging;

public static class FederationEndpoints
{
    public const string RoutePrefix = "/federation";

    /// <summary>Dapr mode: one POST route per handled topic (<c>/federation/{type}</c>, <c>WithTopic</c>) and
    /// <c>GET /dapr/subscribe</c>, behind the Dapr app token, with the CloudEvents middleware on the federation
    /// routes only. No-op in rabbitmq mode. Call after UseAuthentication/UseAuthorization.</summary>
    public static WebApplication MapFederationEndpoints(this WebApplication app)
    {
        if (app.Services.GetService<FederationKeys>() is not null)
            app.MapGet($"{RoutePrefix}/keys", PublishedKeys).AllowAnonymous().ExcludeFromDescription();
        if (app.Services.GetService<FederationOptions>() is not { Mode: FederationMode.Dapr } options) return app;
        app.UseWhen(c => c.Request.Path.StartsWithSegments(RoutePrefix), federation =>
        {
            federation.Use(DropUnreadableAsync);
            federation.UseCloudEvents(new CloudEventsMiddlewareOptions { ForwardCloudEventPropertiesAsHeaders = true });
        });
        foreach (var topic in app.Services.GetRequiredService<FederationDispatcher>().Topics)
        {
            app.MapPost($"{RoutePrefix}/{topic}", DaprSubscriptionEndpoint.HandleAsync)
                .WithTopic(options.PubSubName, topic)
                .RequireAuthorization(FederationServiceCollectionExtensions.DaprPolicy)
                .ExcludeFromDescription();
        }
        app.MapSubscribeHandler().RequireAuthorization(FederationServiceCollectionExtensions.DaprPolicy);
        return app;
    }

    /// <summary>This deployment's federation public keys, for its peers' trust lists (docs/decisions/0331).</summary>
    private static IResult PublishedKeys(FederationKeys keys, FederationOptions options) => TypedResults.Ok(new
    {
        signer = options.AppId,
        activeKeyId = keys.ActiveKeyId,
        algorithm = Kernel.Crypto.Sm2.Algorithm,
        keys = keys.PublicKeys.Select(k => new { id = k.Key, publicKey = Convert.ToBase64String(k.Value) }),
    });

    /// <summary>The CloudEvents middleware throws on a body that is not JSON; a 500 would make the sidecar retry
    /// it forever, so answer DROP instead.</summary>
    private static async Task DropUnreadableAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (JsonException) when (!context.Response.HasStarted)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            await context.Response.WriteAsJsonAsync(new { status = "DROP" });
        }
    }
}
