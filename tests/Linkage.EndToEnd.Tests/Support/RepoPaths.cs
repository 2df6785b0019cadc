namespace Linkage.EndToEnd.Tests;

/// <summary>Where the built host and gateway are: the same configuration (Debug/Release) as this test.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    private static string Configuration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

    public static string HostDll => Built("services/Linkage.Host", "Linkage.Host.dll");

    public static string GatewayDll => Built("gateway/Linkage.Gateway", "Linkage.Gateway.dll");

    private static string Built(string project, string dll)
    {
        var path = Path.Combine(Root, project, "bin", Configuration, "net10.0", dll);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{dll} is not built; run ./platform test (it builds first).", path);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Platform.sln not found above the test's folder.");
    }
}
