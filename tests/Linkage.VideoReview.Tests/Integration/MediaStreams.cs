using System.Diagnostics;

namespace Linkage.VideoReview.Tests;

/// <summary>The kinds of the streams in a media file, as ffprobe (installed with ffmpeg by ./platform) reads them.</summary>
public static class MediaStreams
{
    public static async Task<string[]> KindsAsync(byte[] media)
    {
        var file = Path.Combine(Path.GetTempPath(), $"linkage-probe-{Guid.NewGuid():N}.webm");
        await File.WriteAllBytesAsync(file, media);
        try
        {
            using var probe = Process.Start(new ProcessStartInfo("ffprobe", ["-v", "error", "-show_entries", "stream=codec_type", "-of", "csv=p=0", file])
                { RedirectStandardOutput = true })!;
            var output = await probe.StandardOutput.ReadToEndAsync();
            await probe.WaitForExitAsync();
            Assert.Equal(0, probe.ExitCode);
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order().ToArray();
        }
        finally
        {
            File.Delete(file);
        }
    }
}
