using Linkage.Messaging;
using Linkage.ServiceDefaults.Modules;
using Linkage.ServiceDefaults.Persistence;
using Linkage.VideoReview.Features.CastVote;
using Linkage.VideoReview.Features.ConcludeSession;
using Linkage.VideoReview.Features.CreateSession;
using Linkage.VideoReview.Features.CancelSession;
using Linkage.VideoReview.Features.GetSession;
using Linkage.VideoReview.Features.JoinSession;
using Linkage.VideoReview.Features.Moderate;
using Linkage.VideoReview.Media;
using Linkage.VideoReview.Messaging;
using Linkage.VideoReview.Persistence;
using Linkage.VideoReview.Sweep;
using Linkage.VideoReview.Recording;
using Linkage.VideoReview.Features.Recordings;
using Linkage.ServiceDefaults.Hosting;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.VideoReview;

/// <summary>Remote video joint review (远程视频联动审批): sessions on a case with participants from several tiers,
/// concluded with minutes, votes and a decision.</summary>
public sealed class VideoReviewModule : ILinkageModule
{
    public string Name => "videoreview";

    public string PathPrefix => "/api/video-review";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<VideoReviewDbContext>(configuration, Name, VideoReviewDbContext.SchemaName);
        services.AddScoped<CreateSessionHandler>();
        services.AddMediaServer(configuration);
        services.AddScoped<SessionSweep>();
        services.AddHostedService<SessionSweeper>();
        services.AddScoped<IRecordingStore, PostgresRecordingStore>();
        services.AddScoped<RecordingSweep>().AddHostedService<SweepService<RecordingSweep>>();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddModuleConsumer<CaseAcceptedConsumer>(Name);
        bus.AddModuleConsumer<ReviewOpenedConsumer>(Name);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(PathPrefix).WithTags("VideoReview");
        CreateSessionEndpoint.Map(api);
        GetSessionEndpoint.Map(api);
        ConcludeSessionEndpoint.Map(api);
        CastVoteEndpoint.Map(api);
        CancelSessionEndpoint.Map(api);
        JoinSessionEndpoint.Map(api);
        KickEndpoint.Map(api);
        MuteEndpoint.Map(api);
        ListRecordingsEndpoint.Map(api);
        GetRecordingEndpoint.Map(api);
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken ct) =>
        services.MigrateModuleAsync<VideoReviewDbContext>(ct);
}
