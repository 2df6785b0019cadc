using Linkage.ServiceDefaults.Modules;
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
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.VideoReview;

/// <summary>Remote video joint review (远程视频联动审批): sessions on a case with participants from several tiers,
/// concluded with minutes, votes and a decision.</summary>
public sealed class VideoReviewModule() : LinkageModule<VideoReviewDbContext>("videoreview", "/api/video-review", VideoReviewDbContext.SchemaName)
{
    protected override void AddModuleServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<CreateSessionHandler>();
        services.AddMediaServer(configuration);
        services.AddScoped<SessionSweep>();
        services.AddHostedService<SessionSweeper>();
        services.AddScoped<IRecordingStore, PostgresRecordingStore>();
        services.AddSweep<RecordingSweep>();
    }

    protected override void AddModuleConsumers(ModuleConsumers consumers)
    {
        consumers.Add<CaseAcceptedConsumer>();
        consumers.Add<ReviewOpenedConsumer>();
    }

    protected override void MapApi(RouteGroupBuilder api)
    {
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
}
