namespace Linkage.Gateway.Logging;

public static class LoggingExtensions
{
    /// <summary>The two categories that would write full request URLs, query strings included, are held at
    /// Warning whatever the configuration says for broader categories: ID numbers must not reach the logs.</summary>
    public static WebApplicationBuilder AddGatewayLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Logging.AddFilter("Yarp.ReverseProxy.Forwarder", LogLevel.Warning);
        builder.Logging.AddFilter("Yarp.ReverseProxy", LogLevel.Warning);
        return builder;
    }
}
