using Linkage.ServiceDefaults.Health;
using Linkage.VideoReview.Recording;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.VideoReview.Media;

public static class MediaServices
{
    public static IServiceCollection AddMediaServer(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHealthChecks().AddCheck<JanusReadyCheck>("janus", tags: [HealthExtensions.ReadyTag]);
        var options = MediaServerOptions.From(configuration);
        services.AddSingleton(new JoinSettings(options?.PublicUrl, options?.TicketLifetime ?? TimeSpan.FromMinutes(10)));
        services.AddSingleton(new RecordingSettings(options?.RecordingsFolder,
            configuration.GetValue("Linkage:VideoReview:RecordingRetention", RecordingSettings.DefaultRetention)));
        if (options is null) return services.AddSingleton<IMediaServer, UnconfiguredMediaServer>();
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
        {
            Timeout = TimeSpan.FromSeconds(5),
        };
        services.AddSingleton(options);
        services.AddSingleton(new JanusHttp(http, options));
        services.AddSingleton<JanusHandle>();
        services.AddSingleton<IMediaServer, JanusMediaServer>();
        return services.AddHostedService<JanusKeepAlive>();
    }
}
