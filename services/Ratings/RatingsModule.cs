using Linkage.Messaging;
using Linkage.Ratings.Features.Invitations;
using Linkage.Ratings.Features.RateCase;
using Linkage.Ratings.Features.Rectifications;
using Linkage.Ratings.Features.Satisfaction;
using Linkage.Ratings.Features.Shared;
using Linkage.Ratings.Features.Sweep;
using Linkage.Ratings.Grpc;
using Linkage.Ratings.Messaging;
using Linkage.Ratings.Persistence;
using Linkage.ServiceDefaults.Hosting;
using Linkage.ServiceDefaults.Modules;
using Linkage.ServiceDefaults.Persistence;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Ratings;

/// <summary>Ratings (好差评, 国办发〔2019〕51号): a finished case invites its applicant to rate on the channel where it
/// was handled; bad ratings go through the rectification loop of the handling unit; figures are public.</summary>
public sealed class RatingsModule : ILinkageModule
{
    public string Name => "ratings";

    public string PathPrefix => "/api/ratings";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<RatingsDbContext>(configuration, Name, RatingsDbContext.SchemaName);
        services.AddSingleton(RatingsSettings.From(configuration)).AddSingleton<CurrentIndicatorSets>();
        services.AddScoped<RateCaseHandler>().AddScoped<GetSatisfactionHandler>().AddScoped<RegionDeadlines>().AddScoped<StepRunner>();
        services.AddScoped<OverdueSweep>().AddHostedService<SweepService<OverdueSweep>>();
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
        ListInvitationsEndpoint.Map(api);
        IssueInvitationEndpoint.Map(api);
        ListRectificationsEndpoint.Map(api);
        ListStepsEndpoint.Map(api);
        RectificationStepEndpoints.Map(api);
        GetSatisfactionEndpoint.Map(api);
        GetMonthlyFiguresEndpoint.Map(api);
        endpoints.MapGrpcService<RatingsGrpcService>();
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken ct) =>
        services.MigrateModuleAsync<RatingsDbContext>(ct);
}
