using System.ComponentModel;
using System.Diagnostics;

namespace Linkage.VideoReview.Recording;

/// <summary>Runs a media tool (janus-pp-rec, ffmpeg) to its end: its standard output, or null when it failed or is
/// not installed.</summary>
public static class ToolProcess
{
    public static async Task<string?> RunAsync(string tool, CancellationToken ct, params string[] args)
    {
        var start = new ProcessStartInfo(tool, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception)
        {
            return null;
        }
        using var running = process ?? throw new InvalidOperationException($"{tool} did not start.");
        var stdout = running.StandardOutput.ReadToEndAsync(ct);
        _ = running.StandardError.ReadToEndAsync(ct);
        await running.WaitForExitAsync(ct);
        return running.ExitCode == 0 ? await stdout : null;
    }
}
