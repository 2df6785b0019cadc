using Linkage.Messaging;
using Linkage.ServiceDefaults.Modules;
using Linkage.ServiceDefaults.Persistence;
using Linkage.VideoReview.Features.ConcludeSession;
using Linkage.VideoReview.Features.CreateSession;
using Linkage.VideoReview.Features.GetSession;
using Linkage.VideoReview.Messaging;
using Linkage.VideoReview.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
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
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddModuleConsumer<CaseAcceptedConsumer>(Name);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(PathPrefix).WithTags("VideoReview");
        CreateSessionEndpoint.Map(api);
        GetSessionEndpoint.Map(api);
        ConcludeSessionEndpoint.Map(api);
        // POST /sessions/{id}/join (docs/api.md) is not mapped yet: it hands a participant a join ticket for the session's
        // Janus videoroom (room id, a short-lived token Janus checks, the gateway's WebRTC address). That needs the
        // Janus integration (room created per session, token auth in janus.plugin.videoroom) — a later issue.
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken ct) =>
        services.MigrateModuleAsync<VideoReviewDbContext>(ct);
}
