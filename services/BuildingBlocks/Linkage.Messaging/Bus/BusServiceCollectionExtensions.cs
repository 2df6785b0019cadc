using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Messaging;

public static class BusServiceCollectionExtensions
{
    /// <summary>Messages each endpoint takes at once (and so handles concurrently). Handlers are short database
    /// transactions, so a few dozen in flight keep the consumers ahead of intake on two cores.</summary>
    private const int DefaultPrefetch = 32;

    /// <summary>The one MassTransit bus of the process, on RabbitMQ (<c>Linkage:RabbitMq:Uri</c>) with publisher
    /// confirms; every module adds its consumers in <paramref name="register"/>. A failing message is retried a few
    /// times in memory, then moved to the endpoint's <c>_error</c> queue (inbox consumers first wait out
    /// <see cref="TransientFailures"/> for minutes). The bus health check is tagged "ready"; the
    /// <see cref="BusWatchdog"/> restarts endpoints left down after broker restarts, and fails the "live" check when it
    /// cannot.</summary>
    public static IServiceCollection AddLinkageBus(
        this IServiceCollection services, IConfiguration config, Action<IBusRegistrationConfigurator> register)
    {
        var uri = RabbitMqUri.From(config);
        services.AddMassTransit(bus =>
        {
            register(bus);
            bus.ConfigureUsageTelemetryOptions(o => o.Enabled = false); // phones home otherwise; no egress here
            bus.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(uri.Host, uri.Port, uri.VirtualHost, h =>
                {
                    h.Username(uri.UserName);
                    h.Password(uri.Password);
                    h.PublisherConfirmation = true;
                    if (uri.UseSsl) h.UseSsl(s => s.ServerName = uri.Host);
                });
                cfg.PrefetchCount = config.GetValue("Linkage:RabbitMq:PrefetchCount", DefaultPrefetch);
                cfg.UseMessageRetry(r => r.Intervals(100, 500, 1000));
                cfg.ConfigureEndpoints(context);
            });
        });
        services.AddSingleton(BusWatchdogOptions.From(config));
        services.AddSingleton(uri);
        services.AddSingleton(new CaseTurns(config.GetValue("Linkage:RabbitMq:CaseTurns", true)));
        services.AddSingleton<BusWatchdogState>();
        services.AddHostedService<BusWatchdog>();
        services.AddHealthChecks().AddCheck<BusLivenessCheck>("bus-watchdog", tags: [BusLivenessCheck.Tag]);
        services.Configure<MassTransitHostOptions>(o =>
        {
            o.WaitUntilStarted = true;
            o.StartTimeout = TimeSpan.FromSeconds(60);
            o.StopTimeout = TimeSpan.FromSeconds(30);
        });
        return services;
    }
}
