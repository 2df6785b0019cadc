using Linkage.Contracts.Federation;
using Linkage.Messaging;
using Linkage.Ratings.Features.Deadlines;
using Linkage.Ratings.Features.IndicatorSets;
using Linkage.Ratings.Features.Invitations;
using Linkage.Ratings.Features.MyRectifications;
using Linkage.Ratings.Features.RateCase;
using Linkage.Ratings.Features.Rectifications;
using Linkage.Ratings.Features.Satisfaction;
using Linkage.Ratings.Features.Shared;
using Linkage.Ratings.Features.Sweep;
using Linkage.Ratings.Grpc;
using Linkage.Ratings.Messaging;
using Linkage.Ratings.Persistence;
using Linkage.ServiceDefaults.Caching;
using Linkage.ServiceDefaults.Grpc;
using Linkage.ServiceDefaults.Hosting;
using Linkage.ServiceDefaults.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Ratings;

/// <summary>Ratings (好差评, 国办发〔2019〕51号): a finished case invites its applicant to rate on the channel where it
/// was handled; bad ratings go through the rectification loop of the handling unit; figures are public.</summary>
public sealed class RatingsModule() : LinkageModule<RatingsDbContext>("ratings", "/api/ratings", RatingsDbContext.SchemaName)
{
    protected override void AddModuleServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(RatingsSettings.From(configuration)).AddSingleton<CurrentIndicatorSets>().AddSingleton<RegionDeadlines>()
            .AddProcessCache().AddSingleton<PublishedSums>();
        services.AddScoped<RateCaseHandler>().AddScoped<GetSatisfactionHandler>().AddScoped<StepRunner>();
        services.AddSweep<OverdueSweep>();
        services.AddHostedService<NotificationQueue>();
        services.AddFederationHandler<RatingRelayed, RatingRelayedHandler>(RatingRelayed.Type, (_, r) => r.SubmittedAtDivision);
        services.AddFederationHandler<RectificationChanged, RectificationChangedHandler>(RectificationChanged.Type, (_, c) => c.HandlingDivision);
        services.AddFederationHandler<FollowUpRelayed, FollowUpRelayedHandler>(FollowUpRelayed.Type, (_, f) => f.SubmittedAtDivision);
    }

    protected override void AddModuleConsumers(ModuleConsumers consumers) =>
        consumers.Add<CaseAcceptedConsumer>().Add<CaseCompletedConsumer>().Add<ForwardedCaseCompletedConsumer>();

    protected override void MapApi(RouteGroupBuilder api)
    {
        RateCaseEndpoint.Map(api);
        ListInvitationsEndpoint.Map(api);
        IssueInvitationEndpoint.Map(api);
        ListRectificationsEndpoint.Map(api);
        ListStepsEndpoint.Map(api);
        RectificationStepEndpoints.Map(api);
        MyRectificationsEndpoints.Map(api);
        RegionDeadlineEndpoints.Map(api);
        PublishIndicatorSetEndpoint.Map(api);
        GetSatisfactionEndpoint.Map(api);
        GetMonthlyFiguresEndpoint.Map(api);
    }

    protected override void MapOutsideApi(IEndpointRouteBuilder endpoints) => endpoints.MapCallerGrpcService<RatingsGrpcService>();
}
