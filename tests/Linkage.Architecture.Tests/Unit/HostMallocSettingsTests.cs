namespace Linkage.Architecture.Tests;

/// <summary>Issue 17's memory target outside the GC: glibc's malloc settings (decisions 0609, 0737) are in every start
/// of the host, <c>./platform</c>'s (<c>host_env</c>, which the tiers' deployments use too) and the image's.</summary>
public sealed class HostMallocSettingsTests
{
    public static TheoryData<string, string> Settings()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in new[] { "scripts/topology.sh", "Dockerfile" })
            foreach (var setting in new[] { "MALLOC_ARENA_MAX=2", "MALLOC_MMAP_THRESHOLD_=65536", "MALLOC_TRIM_THRESHOLD_=131072" })
                data.Add(file, setting);
        return data;
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Every_start_of_the_host_sets_it(string file, string setting)
    {
        var text = File.ReadAllText(Path.Combine(SourceSizeTests.RepoRoot(), file));
        Assert.Contains(setting, text, StringComparison.Ordinal);
    }
}
