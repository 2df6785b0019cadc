using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Linkage.Gateway.Console;

/// <summary>Vite names every asset under <c>assets/</c> by its content hash, so those never change: cached for a
/// year and immutable. Everything else (index.html above all) is revalidated on each load.</summary>
public static class ConsoleCaching
{
    public const string Immutable = "public, max-age=31536000, immutable";
    public const string Revalidate = "no-cache";

    public static void Apply(StaticFileResponseContext context) =>
        context.Context.Response.Headers[HeaderNames.CacheControl] =
            context.Context.Request.Path.StartsWithSegments("/assets") ? Immutable : Revalidate;
}
