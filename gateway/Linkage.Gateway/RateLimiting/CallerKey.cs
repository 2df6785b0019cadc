using System.Net;

namespace Linkage.Gateway.RateLimiting;

/// <summary>The rate-limit partition: the token's <c>sub</c> when authenticated, else the client address.</summary>
public readonly record struct CallerKey(bool Authenticated, string Id)
{
    public static CallerKey Of(HttpContext http)
    {
        var sub = http.User.Identity?.IsAuthenticated == true ? http.User.FindFirst("sub")?.Value : null;
        return sub is not null ? new CallerKey(true, sub) : Anonymous(http);
    }

    public static CallerKey Anonymous(HttpContext http) =>
        new(false, http.Connection.RemoteIpAddress?.ToString() ?? IPAddress.None.ToString());
}
