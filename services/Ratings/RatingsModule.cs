using Linkage.Messaging;
using Linkage.Ratings.Features.RateCase;
using Linkage.Ratings.Features.Rectifications;
using Linkage.Ratings.Features.Satisfaction;
using Linkage.Ratings.Messaging;
using Linkage.Ratings.Persistence;
using Linkage.ServiceDefaults.Modules;
using Linkage.ServiceDefaults.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Ratings;

/// <summary>Ratings (好差评, 国办发〔2019〕51号): applicants rate finished cases once per channel, bad ratings open a
/// rectification owned by the handling unit, satisfaction figures are public.</summary>
public sealed class RatingsModule : ILinkageModule
{
    public string Name => "ratings";

    public string PathPrefix => "/api/ratings";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<RatingsDbContext>(configuration, Name, RatingsDbContext.SchemaName);
        services.AddSingleton(RatingsSettings.From(configuration).DeadlineRule());
        services.AddScoped<RateCaseHandler>();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddModuleConsumer<CaseAcceptedConsumer>(Name);
        bus.AddModuleConsumer<CaseCompletedConsumer>(Name);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(PathPrefix).WithTags("Ratings");
        RateCaseEndpoint.Map(api);
        ListRectificationsEndpoint.Map(api);
        GetSatisfactionEndpoint.Map(api);
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken ct) =>
        services.MigrateModuleAsync<RatingsDbContext>(ct);
}
