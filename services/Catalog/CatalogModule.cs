using Linkage.Catalog.Caching;
using Linkage.Catalog.Features.AddDepartment;
using Linkage.Catalog.Features.Cascade;
using Linkage.Catalog.Features.Delegate;
using Linkage.Catalog.Features.CreateOrgUnit;
using Linkage.Catalog.Features.CreateRegion;
using Linkage.Catalog.Features.GetBundle;
using Linkage.Catalog.Features.GetImplementation;
using Linkage.Catalog.Features.GetMatter;
using Linkage.Catalog.Features.GetOrgUnit;
using Linkage.Catalog.Features.GetRegion;
using Linkage.Catalog.Features.Import;
using Linkage.Catalog.Features.PublishMatter;
using Linkage.Catalog.Features.ResolveCompetentUnit;
using Linkage.Catalog.Features.ReviseMatter;
using Linkage.Catalog.Features.ListSubtree;
using Linkage.Catalog.Features.SaveBundle;
using Linkage.Catalog.Features.SaveImplementation;
using Linkage.Catalog.Features.SearchGuide;
using Linkage.Catalog.Features.SetHours;
using Linkage.Catalog.Features.SetWindows;
using Linkage.Catalog.Features.Shared;
using Linkage.Catalog.Grpc;
using Linkage.Catalog.Persistence;
using Linkage.Catalog.Persistence.Seed;
using Linkage.Contracts.Federation;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Grpc;
using Linkage.ServiceDefaults.Hosting;
using Linkage.ServiceDefaults.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Linkage.Catalog;

/// <summary>Catalog (事项目录与实施清单): regions, org units, matters, implementation entries; the public guide;
/// competent-unit resolution for the other modules over gRPC.</summary>
public sealed class CatalogModule() : LinkageModule<CatalogDbContext>("catalog", "/api/catalog", CatalogDbContext.SchemaName), ISeedsDemoData
{
    protected override void AddModuleServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<CatalogCache>().AddSingleton<CachedCatalog>();
        services.AddScoped<CompetentUnitResolver>().AddScoped<ImplementationReader>().AddScoped<PublicGuide>()
            .AddScoped<GuideNamesReader>();
        services.AddScoped<CatalogSeeder>().AddScoped<CatalogChanges>().AddScoped<EntryWriter>();
        services.AddScoped<CatalogImporter>().AddSingleton<ImportJobs>();
        services.TryAddSingleton(_ => new GcHeadroom());
        services.AddScoped<BundleReader>().AddScoped<BundleWriter>();
        services.AddFederationHandler<MatterChanged, MatterChangedHandler>(MatterChanged.Type, (e, _) => e.TargetDivision);
    }

    protected override void MapApi(RouteGroupBuilder api)
    {
        GetRegionEndpoint.Map(api);
        GetOrgUnitEndpoint.Map(api);
        SearchGuideEndpoint.Map(api);
        GetMatterEndpoint.Map(api);
        GetImplementationEndpoint.Map(api);
        GetBundleEndpoints.Map(api);
        ListSubtreeEndpoints.Map(api);
        CreateRegionEndpoint.Map(api);
        CreateOrgUnitEndpoint.Map(api);
        AddDepartmentEndpoint.Map(api);
        SetWindowsEndpoint.Map(api);
        SetHoursEndpoint.Map(api);
        PublishMatterEndpoint.Map(api);
        ReviseMatterEndpoint.Map(api);
        SaveImplementationEndpoint.Map(api);
        SaveBundleEndpoint.Map(api);
        DelegateEndpoints.Map(api);
        ImportEndpoints.Map(api);
    }

    protected override void MapOutsideApi(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapModuleGrpcService<CatalogGrpcService>();
    }

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CatalogSeeder>().SeedAsync(ct);
    }
}
