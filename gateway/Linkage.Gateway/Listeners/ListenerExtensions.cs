using Linkage.Gateway.Modules;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Linkage.Gateway.Listeners;

public static class ListenerExtensions
{
    /// <summary>Name of the Kestrel endpoint (<c>Kestrel:Endpoints:Grpc</c>) that carries gRPC over h2c.</summary>
    public const string GrpcEndpointName = "Grpc";

    public static WebApplicationBuilder AddGatewayListeners(this WebApplicationBuilder builder, GatewaySettings settings)
    {
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBodyBytes;
            kestrel.Configure(context.Configuration.GetSection("Kestrel"), reloadOnChange: false)
                .Endpoint(GrpcEndpointName, endpoint =>
                {
                    endpoint.ListenOptions.Protocols = HttpProtocols.Http2;
                    endpoint.ListenOptions.Use(next => connection =>
                    {
                        connection.Features.Set(ListenerFeature.Grpc);
                        return next(connection);
                    });
                });
        });
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, ListenerMatcherPolicy>());
        return builder;
    }
}
