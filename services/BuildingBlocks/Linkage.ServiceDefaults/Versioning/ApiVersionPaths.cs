using Microsoft.AspNetCore.Http;

namespace Linkage.ServiceDefaults.Versioning;

/// <summary>Runs before routing. A <c>/api/v1/…</c> request is routed to the endpoint mapped at its unversioned path,
/// and a <c>Location</c> it answers points into <c>/api/v1</c> again. A request on a module's unversioned path (the
/// deprecated alias) is served as before, with <c>Deprecation</c>, <c>Sunset</c> and a successor <c>Link</c>.</summary>
public sealed class ApiVersionPaths(RequestDelegate next, IReadOnlyList<string> modulePrefixes)
{
    private static readonly string Deprecation = "@" + ApiVersion.DeprecatedSince.ToUnixTimeSeconds();
    private static readonly string Sunset = ApiVersion.SunsetOn.ToString("R");

    public Task InvokeAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        if (ApiVersion.IsVersioned(path))
        {
            http.Request.Path = ApiVersion.Unversioned(path);
            http.Response.OnStarting(() => VersionLocation(http.Response));
        }
        else if (IsAlias(path))
        {
            var headers = http.Response.Headers;
            headers["Deprecation"] = Deprecation;
            headers["Sunset"] = Sunset;
            headers.Link = $"<{ApiVersion.Versioned(path)}>; rel=\"successor-version\"";
        }
        return next(http);
    }

    private bool IsAlias(string path) =>
        !path.EndsWith("/openapi.json", StringComparison.Ordinal)
        && modulePrefixes.Any(p => path.StartsWith(p, StringComparison.Ordinal) && (path.Length == p.Length || path[p.Length] == '/'));

    private static Task VersionLocation(HttpResponse response)
    {
        if (response.Headers.Location.ToString() is { Length: > 0 } location) response.Headers.Location = ApiVersion.Versioned(location);
        return Task.CompletedTask;
    }
}
