using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Linkage.Webhooks.Features.Shared;

/// <summary>Where a webhook may point (decision 0602): an absolute http(s) URL without credentials, not at this machine
/// (loopback, "localhost", the unspecified address) unless its origin is in <c>Webhooks:AllowedOrigins</c>, and never
/// at the suite itself (this host's own addresses, <c>Webhooks:SuiteOrigins</c>).</summary>
public sealed class TargetUrl(WebhookOptions options, IServer server)
{
    public string? Problem(string? url)
    {
        if (url is null || url.Length > Domain.WebhookLimits.UrlLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return $"An absolute http or https URL of at most {Domain.WebhookLimits.UrlLength} characters.";
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) return "Only http and https URLs are allowed.";
        if (uri.UserInfo.Length > 0) return "Credentials in the URL are not allowed; the signature authenticates the sender.";
        var origin = WebhookOptions.Origin(uri);
        if (options.SuiteOrigins.Contains(origin) || Own().Contains(origin)) return "The URL points at this suite itself.";
        if (IsThisMachine(uri) && !options.AllowedOrigins.Contains(origin))
            return "The URL points at this machine; only origins in the configured allow-list may.";
        return null;
    }

    private static bool IsThisMachine(Uri uri) =>
        uri.IsLoopback || uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.IdnHost, out var ip) && (ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any)));

    /// <summary>This host's listening addresses, a wildcard bind counted as loopback.</summary>
    private HashSet<string> Own() =>
        (server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
            .Select(a => a.Replace("://+", "://127.0.0.1").Replace("://*", "://127.0.0.1").Replace("://0.0.0.0", "://127.0.0.1").Replace("://[::]", "://127.0.0.1"))
            .Select(a => Uri.TryCreate(a, UriKind.Absolute, out var u) ? WebhookOptions.Origin(u) : a)
            .SelectMany(o => new[] { o, o.Replace("://127.0.0.1", "://localhost") })
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
