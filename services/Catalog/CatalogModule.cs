using Linkage.Catalog.Persistence;
using Linkage.ServiceDefaults.Modules;
using Linkage.ServiceDefaults.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Catalog;

public sealed class CatalogModule : ILinkageModule
{
    public string Name => "catalog";

    public string PathPrefix => "/api/catalog";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CatalogDbContext>(configuration, Name, CatalogDbContext.SchemaName);
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(PathPrefix).WithTags("Catalog");
        _ = api;
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken ct) =>
        services.MigrateModuleAsync<CatalogDbContext>(ct);
}
