namespace Linkage.ServiceDefaults.Versioning;

/// <summary>The public API's version (issue 16 part 1, decision 0553): <c>/api/v1/{module}/…</c> is the API; today's
/// <c>/api/{module}/…</c> paths stay for one release as deprecated aliases of the same endpoints.</summary>
public static class ApiVersion
{
    public const string Prefix = "/api/v1";
    private const string Api = "/api";

    /// <summary>When the unversioned paths were deprecated, and when they go (RFC 9745 <c>Deprecation</c>, RFC 8594 <c>Sunset</c>).</summary>
    public static readonly DateTimeOffset DeprecatedSince = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset SunsetOn = new(2027, 6, 30, 0, 0, 0, TimeSpan.Zero);

    public static bool IsVersioned(string path) => path.StartsWith(Prefix + "/", StringComparison.Ordinal);

    /// <summary><c>/api/intake/cases</c> → <c>/api/v1/intake/cases</c>; any other path unchanged.</summary>
    public static string Versioned(string path) =>
        path.StartsWith(Api + "/", StringComparison.Ordinal) && !IsVersioned(path) ? Prefix + path[Api.Length..] : path;

    /// <summary><c>/api/v1/intake/cases</c> → <c>/api/intake/cases</c>, where the endpoints are mapped.</summary>
    public static string Unversioned(string path) => IsVersioned(path) ? Api + path[Prefix.Length..] : path;
}
