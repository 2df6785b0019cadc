using Linkage.Messaging;
using Linkage.ServiceDefaults.Auth;
using Linkage.ServiceDefaults.Events;
using Linkage.ServiceDefaults.Health;
using Linkage.ServiceDefaults.Json;
using Linkage.ServiceDefaults.Logging;
using Linkage.ServiceDefaults.Modules;
using Linkage.ServiceDefaults.Office;
using Linkage.ServiceDefaults.OpenApi;
using Linkage.ServiceDefaults.Paging;
using Linkage.ServiceDefaults.Problems;
using Linkage.ServiceDefaults.Telemetry;
using Linkage.ServiceDefaults.Versioning;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Linkage.ServiceDefaults;

public static class ServiceDefaultsExtensions
{
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder, IReadOnlyList<ILinkageModule> modules)
    {
        var services = builder.Services;
        builder.AddLinkageTelemetry();
        services.ConfigureHttpJsonOptions(o =>
        {
            JsonConventions.Apply(o.SerializerOptions);
            o.SerializerOptions.Converters.Add(new PlainTextConverter());
        });
        services.AddLinkageProblems().AddLinkageHealth().AddLinkageAuth(builder.Configuration);
        services.AddGrpc(o => o.EnableDetailedErrors = builder.Environment.IsDevelopment());
        if (builder.Environment.IsDevelopment()) services.AddGrpcReflection();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<PersonalIdHasher>();
        services.AddSingleton<PageCursors>();

        foreach (var module in modules)
        {
            module.AddServices(services, builder.Configuration);
            var documentName = module.PathPrefix.Split('/').Last();
            services.AddOpenApi(documentName, o =>
            {
                o.ShouldInclude = d => ("/" + d.RelativePath).StartsWith(module.PathPrefix + "/", StringComparison.Ordinal);
                OpenApiConventions.Apply(o);
            });
        }
        services.AddOpenApi("audit", o =>
        {
            o.ShouldInclude = d => ("/" + d.RelativePath).StartsWith(Audit.AuditQueryEndpoint.Path, StringComparison.Ordinal);
            OpenApiConventions.Apply(o);
        });
        services.AddLinkageBus(builder.Configuration, bus =>
        {
            foreach (var m in modules) m.AddConsumers(bus);
            bus.AddWindowPowerInvalidation(services);
        });
        services.AddFederationBus(builder.Configuration);
        if (!builder.Environment.IsDevelopment()) services.AddHostedService<FederationStartupCheck>();
        services.WithoutKeyRingPreload(); // after every AddAuthentication above (0781)
        return builder;
    }

    public static WebApplication UseServiceDefaults(this WebApplication app, IReadOnlyList<ILinkageModule> modules)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<ApiVersionPaths>(modules.Select(m => m.PathPrefix).Append(Audit.AuditQueryEndpoint.Path).ToList());
        app.UseRouting(); // after the /api/v1 rewrite, so that it routes the rewritten path
        app.UseMiddleware<StartingGate>();
        app.UseMiddleware<RequestLogging>();
        app.UseAuthentication();
        app.UseMiddleware<KioskFence>();
        app.UseAuthorization();
        app.MapLinkageHealth();
        app.MapOpenApi("/api/{documentName}/openapi.json").AllowAnonymous();
        app.MapFederationEndpoints();
        app.MapEventCatalogue();
        foreach (var module in modules) module.MapEndpoints(app);
        // grpcurl and Postman list the services in Development only (decision 0570); the gateway forwards linkage.* packages only
        if (app.Environment.IsDevelopment()) app.MapGrpcReflectionService().AllowAnonymous();
        return app;
    }
}
