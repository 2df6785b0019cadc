namespace Linkage.Catalog.Caching;

/// <summary>How long an answer may be served without asking PostgreSQL again (decision 0041).</summary>
public static class CacheLifetimes
{
    /// <summary>Competent units and "current version" lookups depend on other rows and on the date.</summary>
    public static readonly TimeSpan Resolution = TimeSpan.FromSeconds(30);

    /// <summary>A pinned (code, version) entry is immutable once published; only corrections change it.</summary>
    public static readonly TimeSpan PinnedVersion = TimeSpan.FromMinutes(10);
}
