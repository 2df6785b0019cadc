using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Linkage.VideoReview.Domain;

namespace Linkage.VideoReview.Recording;

/// <summary>Converts one Janus recording (<c>.mjr</c>, raw RTP) into a playable file with <c>janus-pp-rec</c>
/// (Debian's janus-tools): the header names the codec, which picks the container. Null for data channels and for
/// files without media.</summary>
public static partial class JanusPostProcessor
{
    private const string Tool = "janus-pp-rec";

    public static async Task<RecordedTrack?> ConvertAsync(string mjr, CancellationToken ct)
    {
        var name = Path.GetFileNameWithoutExtension(mjr);
        if (FeedPattern().Match(name) is not { Success: true } feed) return null;
        var header = await ToolProcess.RunAsync(Tool, ct, "-d", "0", "-j", mjr);
        if (header is null || !header.Contains('{') || JsonNode.Parse(header[header.IndexOf('{')..(header.LastIndexOf('}') + 1)]) is not JsonObject json) return null;
        if (Container(json["t"]?.GetValue<string>(), json["c"]?.GetValue<string>()) is not var (kind, extension, contentType)) return null;
        var output = Path.Combine(Path.GetTempPath(), $"{name}-{Guid.NewGuid():N}.{extension}");
        try
        {
            if (await ToolProcess.RunAsync(Tool, ct, "-d", "0", mjr, output) is null || !File.Exists(output)) return null;
            return new RecordedTrack(long.Parse(feed.Groups[1].Value), kind, $"{name}.{extension}", contentType, await File.ReadAllBytesAsync(output, ct));
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static (string Kind, string Extension, string ContentType)? Container(string? type, string? codec) => (type, codec) switch
    {
        ("a", "opus") => ("audio", "opus", "audio/ogg"),
        ("a", _) => ("audio", "wav", "audio/wav"),
        ("v", "vp8" or "vp9" or "av1") => ("video", "webm", "video/webm"),
        ("v", _) => ("video", "mkv", "video/x-matroska"),
        _ => null,
    };

    [GeneratedRegex(@"-user-(\d+)-")]
    private static partial Regex FeedPattern();
}
