using Linkage.Messaging;
using Linkage.ServiceDefaults.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.ServiceDefaults.Modules;

/// <summary>The one shape of a module (decision 0590). The base registers what every module has: its DbContext on its
/// schema with the outbox and the audit chain, its consumers' queues under its name, the REST group under its prefix
/// tagged with the module's name, and its migrations. A module declares only what is its own.</summary>
public abstract class LinkageModule<TContext>(string name, string pathPrefix, string schema) : ILinkageModule
    where TContext : ModuleDbContext
{
    public string Name => name;

    public string PathPrefix => pathPrefix;

    /// <summary>The OpenAPI tag: the class name without "Module" (<c>VideoReviewModule</c> → VideoReview).</summary>
    protected string Tag => GetType().Name.Replace("Module", "", StringComparison.Ordinal);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<TContext>(configuration, name, schema);
        AddModuleServices(services, configuration);
    }

    public void AddConsumers(IBusRegistrationConfigurator bus) => AddModuleConsumers(new ModuleConsumers(bus, name));

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        MapApi(endpoints.MapGroup(pathPrefix).WithTags(Tag));
        MapOutsideApi(endpoints);
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken ct) => services.MigrateModuleAsync<TContext>(ct);

    /// <summary>The module's own services: handlers, sweeps (<c>AddSweep</c>), gRPC clients, federation handlers.</summary>
    protected virtual void AddModuleServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <summary>The events the module consumes, each on its own queue <c>{module}-{consumer}</c>.</summary>
    protected virtual void AddModuleConsumers(ModuleConsumers consumers)
    {
    }

    /// <summary>The REST endpoints, mapped on the group at <see cref="PathPrefix"/>.</summary>
    protected abstract void MapApi(RouteGroupBuilder api);

    /// <summary>What is not under the REST prefix: gRPC services (<c>MapModuleGrpcService</c>) and shared endpoints.</summary>
    protected virtual void MapOutsideApi(IEndpointRouteBuilder endpoints)
    {
    }
}
