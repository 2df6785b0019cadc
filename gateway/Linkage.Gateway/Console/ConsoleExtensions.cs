using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.FileProviders;

namespace Linkage.Gateway.Console;

/// <summary><c>/console/</c>: the built single-page console, anonymous (it holds no data; the API calls carry the
/// token), compressed (from the build's copies where there are some), with hashed assets cached for good and every
/// other path falling back to index.html.</summary>
public static class ConsoleExtensions
{
    public static IServiceCollection AddGatewayConsole(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ["text/html", "text/css", "text/javascript", "application/javascript", "image/svg+xml", "application/json"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return services;
    }

    /// <summary>Branches before routing and authorization, so the fallback policy (authenticated callers only)
    /// never sees the console's static files.</summary>
    public static WebApplication UseGatewayConsole(this WebApplication app, ConsoleSettings settings)
    {
        app.Map(ConsoleSettings.PathBase, console =>
        {
            console.UseResponseCompression();
            if (!settings.IsBuilt)
            {
                console.Run(ConsoleFallback.NotBuilt);
                return;
            }
            var files = new PhysicalFileProvider(settings.Root!);
            console.Use(new PrecompressedFiles(files).InvokeAsync);
            console.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = files, ContentTypeProvider = PrecompressedFiles.ContentTypes, OnPrepareResponse = ConsoleCaching.Apply,
            });
            console.Run(new ConsoleFallback(files, ConsoleSignInChoices.From(app)).InvokeAsync);
        });
        return app;
    }
}
