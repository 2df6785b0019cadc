using Linkage.VideoReview.Persistence;
using Linkage.ServiceDefaults.Modules;
using Linkage.ServiceDefaults.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.VideoReview;

public sealed class VideoReviewModule : ILinkageModule
{
    public string Name => "videoreview";

    public string PathPrefix => "/api/video-review";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<VideoReviewDbContext>(configuration, Name, VideoReviewDbContext.SchemaName);
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(PathPrefix).WithTags("VideoReview");
        _ = api;
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken ct) =>
        services.MigrateModuleAsync<VideoReviewDbContext>(ct);
}
