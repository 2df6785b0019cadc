using System.Diagnostics;

namespace Linkage.EndToEnd.Tests;

/// <summary>One real process of ours (a host or the gateway), its output kept in a log file, killed on dispose.</summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process process;

    private ServiceProcess(string name, Process process, string logPath) => (Name, this.process, LogPath) = (name, process, logPath);

    public string Name { get; }

    public string LogPath { get; }

    public static ServiceProcess Start(string name, string dll, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        foreach (var (key, value) in environment) info.Environment[key] = value;
        var logPath = Path.Combine(Path.GetTempPath(), $"linkage-e2e-{name}-{Guid.NewGuid():N}.log");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {name}.");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServiceProcess(name, process, logPath);
    }

    /// <summary>Runs a command to completion; a non-zero exit fails with the command's output.</summary>
    public static async Task RunAsync(string name, string dll, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        await using var run = Start(name, dll, environment, args);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await run.process.WaitForExitAsync(timeout.Token);
        if (run.process.ExitCode != 0)
            throw new InvalidOperationException($"{name} exited with {run.process.ExitCode}:\n{run.Log()}");
    }

    public bool HasExited => process.HasExited;

    public string Log() { try { return File.ReadAllText(LogPath); } catch (IOException) { return ""; } }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
