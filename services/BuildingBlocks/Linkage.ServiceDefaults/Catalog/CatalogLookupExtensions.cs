using Linkage.Contracts.Catalog.V1;
using Linkage.ServiceDefaults.Caching;
using Linkage.ServiceDefaults.Grpc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Linkage.ServiceDefaults.Catalog;

public static class CatalogLookupExtensions
{
    /// <summary>The catalog's gRPC client at <c>Linkage:Grpc:Catalog</c> and the one cached <see cref="CatalogLookup"/>
    /// the modules of this process share.</summary>
    public static IServiceCollection AddCatalogLookup(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(s => s.ServiceType == typeof(CatalogLookup))) return services;
        services.AddModuleGrpcClient<CatalogService.CatalogServiceClient>(configuration, "Catalog");
        services.AddProcessCache();
        services.TryAddSingleton<CatalogLookup>();
        return services;
    }
}
