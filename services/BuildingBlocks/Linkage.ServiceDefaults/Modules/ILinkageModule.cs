using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.ServiceDefaults.Modules;

/// <summary>A service module: one per service, run alone or together with others by Linkage.Host.
/// Modules never call each other in-process; they talk over gRPC and RabbitMQ.</summary>
public interface ILinkageModule
{
    /// <summary>Lower-case name used in <c>Linkage:Modules</c>, queue prefixes and config keys.</summary>
    string Name { get; }

    /// <summary>The REST path prefix, e.g. <c>/api/intake</c>.</summary>
    string PathPrefix { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);

    void AddConsumers(IBusRegistrationConfigurator bus);

    void MapEndpoints(IEndpointRouteBuilder endpoints);

    Task MigrateAsync(IServiceProvider services, CancellationToken ct);
}
