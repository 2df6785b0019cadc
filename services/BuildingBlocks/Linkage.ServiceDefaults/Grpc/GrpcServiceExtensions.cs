using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.ServiceDefaults.Grpc;

public static class GrpcServiceExtensions
{
    /// <summary>A module's gRPC service. Other modules call without a user token; the gateway authenticates external
    /// callers (decision 0040).</summary>
    public static GrpcServiceEndpointConventionBuilder MapModuleGrpcService<TService>(this IEndpointRouteBuilder endpoints)
        where TService : class => endpoints.MapGrpcService<TService>().AllowAnonymous();

    /// <summary>A module's gRPC service for integrators: authorised like REST — the fallback policy demands a caller and
    /// roles are on the methods (decision 0570).</summary>
    public static GrpcServiceEndpointConventionBuilder MapCallerGrpcService<TService>(this IEndpointRouteBuilder endpoints)
        where TService : class => endpoints.MapGrpcService<TService>();

    /// <summary>A client for another module's gRPC service when <c>Linkage:Grpc:&lt;Module&gt;</c> is set; without it the
    /// caller runs without that module (its gate stays open).</summary>
    public static IServiceCollection AddOptionalModuleGrpcClient<TClient>(
        this IServiceCollection services, IConfiguration configuration, string module) where TClient : class =>
        string.IsNullOrEmpty(configuration[$"Linkage:Grpc:{module}"]) ? services
            : services.AddModuleGrpcClient<TClient>(configuration, module);
}
