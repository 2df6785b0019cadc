using System.Reflection;

namespace Linkage.Gateway.Video;

/// <summary>The video joint review join page (远程视频联审): static, self-contained (no framework), embedded in the
/// gateway and served anonymously under <c>/video/</c>; it asks the API for a join ticket with the staff's token.</summary>
public static class VideoJoinPage
{
    private static readonly Dictionary<string, string> Files = new()
    {
        ["join.html"] = "text/html; charset=utf-8",
        ["join.js"] = "text/javascript; charset=utf-8",
    };

    public static IEndpointRouteBuilder MapVideoJoinPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/video/{file}", (string file, HttpContext http) =>
        {
            if (!Files.TryGetValue(file, out var type)) return Results.NotFound();
            var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Linkage.Gateway.Video.{file}")!;
            http.Response.Headers.CacheControl = "no-cache";
            http.Response.Headers["Content-Security-Policy"] =
                "default-src 'self'; connect-src 'self' http: https:; media-src 'self' blob: mediastream:; style-src 'self' 'unsafe-inline'";
            return Results.Stream(stream, type);
        }).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }
}
