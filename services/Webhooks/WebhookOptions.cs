using Linkage.Webhooks.Domain;
using Microsoft.Extensions.Configuration;

namespace Linkage.Webhooks;

/// <summary><c>Webhooks:*</c> settings. <c>AllowedOrigins</c> (<c>http://127.0.0.1:9000</c>…) are the only loopback
/// targets a subscription may name (decision 0602); <c>SuiteOrigins</c> are the suite's own public addresses (the
/// gateway), refused like the host's own listening addresses whatever the allow-list says.</summary>
public sealed record WebhookOptions(
    IReadOnlySet<string> AllowedOrigins, IReadOnlySet<string> SuiteOrigins, Backoff Backoff, TimeSpan Timeout, string Source)
{
    public static WebhookOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Webhooks");
        return new(
            Origins(section.GetSection("AllowedOrigins")),
            Origins(section.GetSection("SuiteOrigins")),
            new Backoff(section.GetValue("RetryFirst", TimeSpan.FromSeconds(10)), section.GetValue("RetryCap", TimeSpan.FromHours(1)),
                section.GetValue("MaxAttempts", 12)),
            section.GetValue("Timeout", TimeSpan.FromSeconds(10)),
            configuration["Linkage:Federation:AppId"] is { Length: > 0 } appId ? appId : "linkage"); // CloudEvents source
    }

    private static HashSet<string> Origins(IConfigurationSection section) =>
        section.GetChildren().Select(c => c.Value).OfType<string>()
            .Select(v => Uri.TryCreate(v, UriKind.Absolute, out var u) ? Origin(u) : v).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static string Origin(Uri uri) => $"{uri.Scheme}://{uri.Host}:{uri.Port}".ToLowerInvariant();
}
