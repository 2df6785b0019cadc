using Linkage.Gateway.Auth;
using Linkage.Gateway.ClientAddress;
using Linkage.Gateway.Console;
using Linkage.Gateway.Cors;
using Linkage.Gateway.Docs;
using Linkage.Gateway.Health;
using Linkage.Gateway.Limits;
using Linkage.Gateway.Listeners;
using Linkage.Gateway.Logging;
using Linkage.Gateway.Modules;
using Linkage.Gateway.Problems;
using Linkage.Gateway.Proxy;
using Linkage.Gateway.RateLimiting;
using Linkage.Gateway.Telemetry;
using Linkage.Gateway.Video;

namespace Linkage.Gateway;

/// <summary>Builds the gateway: the same path for the executable and for the tests.</summary>
public static class GatewayApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        configure?.Invoke(builder);
        var settings = GatewaySettings.From(builder.Configuration);

        builder.AddGatewayLogging().AddGatewayTelemetry().AddGatewayListeners(settings);
        builder.Services.AddGatewayProblems().AddGatewayAuth(builder.Configuration).AddGatewayRateLimits(settings.RateLimit)
            .AddGatewayCors(settings.CorsOrigins).AddGatewayHealth(settings.Modules).AddGatewayProxy(settings.Modules)
            .AddGatewayConsole();

        var app = builder.Build();
        app.UseTrustedProxies(settings.TrustedProxies);
        app.UseRequestSizeLimit(settings.MaxRequestBodyBytes);
        app.UseGatewayConsole(ConsoleSettings.From(builder.Configuration));
        app.UseRouting();
        app.UseCors();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.MapGatewayHealth();
        app.MapApiDocs(settings.Modules);
        app.MapDemoSignIn();
        app.MapConsoleSignIn();
        app.MapVideoJoinPage();
        app.MapGatewayProxy();
        return app;
    }
}
