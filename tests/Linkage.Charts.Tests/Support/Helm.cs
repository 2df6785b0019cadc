using System.Diagnostics;

namespace Linkage.Charts.Tests;

/// <summary>The helm binary ./platform installs (LINKAGE_HELM), run with private cache/config folders.</summary>
public sealed class Helm(string executable, string home)
{
    public static Helm FromEnvironment(string home)
    {
        var path = Environment.GetEnvironmentVariable("LINKAGE_HELM");
        if (string.IsNullOrEmpty(path))
            throw new InvalidOperationException("LINKAGE_HELM is not set: run the chart tests through ./platform test (it installs helm).");
        if (!File.Exists(path))
            throw new InvalidOperationException($"LINKAGE_HELM={path} does not exist: run ./platform tools.");
        return new Helm(path, home);
    }

    public HelmResult Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var dir in new[] { "CACHE", "CONFIG", "DATA" })
            start.Environment[$"HELM_{dir}_HOME"] = Path.Combine(home, dir.ToLowerInvariant());
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60))) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return new HelmResult(process.ExitCode, stdout.Result, stderr.Result, string.Join(' ', args));
    }
}

public sealed record HelmResult(int ExitCode, string Output, string Error, string Command)
{
    public HelmResult EnsureSuccess() =>
        ExitCode == 0 ? this : throw new InvalidOperationException($"helm {Command} exited {ExitCode}:\n{Error}\n{Output}");
}
