using Linkage.Ratings.Persistence;
using Linkage.ServiceDefaults.Modules;
using Linkage.ServiceDefaults.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Ratings;

public sealed class RatingsModule : ILinkageModule
{
    public string Name => "ratings";

    public string PathPrefix => "/api/ratings";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<RatingsDbContext>(configuration, Name, RatingsDbContext.SchemaName);
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(PathPrefix).WithTags("Ratings");
        _ = api;
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken ct) =>
        services.MigrateModuleAsync<RatingsDbContext>(ct);
}
