using Linkage.VideoReview.Domain;

namespace Linkage.VideoReview.Recording;

/// <summary>One playable file per participant (issue 14): janus-pp-rec turns each track of a feed into its own file;
/// ffmpeg puts the feed's video and audio into one file without re-encoding (<c>-c copy</c>): WebM for VP8/VP9/AV1
/// with Opus, Matroska otherwise. A track without its partner, or a pair ffmpeg refuses, is kept as it is, so
/// nothing recorded is lost (decision 0531).</summary>
public static class TrackMuxer
{
    public const string Muxed = "muxed";

    public static async Task<IReadOnlyList<RecordedTrack>> PerParticipantAsync(IReadOnlyList<RecordedTrack> tracks, CancellationToken ct)
    {
        var files = new List<RecordedTrack>();
        foreach (var feed in tracks.GroupBy(t => t.FeedId))
        {
            var video = feed.Where(t => t.Kind == "video").ToList();
            var audio = feed.Where(t => t.Kind == "audio").ToList();
            if (video.Count == 1 && audio.Count == 1 && await MuxAsync(video[0], audio[0], ct) is { } muxed) files.Add(muxed);
            else files.AddRange(feed);
        }
        return files;
    }

    private static async Task<RecordedTrack?> MuxAsync(RecordedTrack video, RecordedTrack audio, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("linkage-mux-").FullName;
        try
        {
            var (v, a) = (Path.Combine(folder, "v" + Path.GetExtension(video.FileName)), Path.Combine(folder, "a" + Path.GetExtension(audio.FileName)));
            await File.WriteAllBytesAsync(v, video.Content, ct);
            await File.WriteAllBytesAsync(a, audio.Content, ct);
            var webm = video.ContentType == "video/webm" && audio.ContentType == "audio/ogg";
            var output = Path.Combine(folder, webm ? "out.webm" : "out.mkv");
            if (await ToolProcess.RunAsync("ffmpeg", ct, "-nostdin", "-loglevel", "error", "-i", v, "-i", a,
                    "-map", "0:v:0", "-map", "1:a:0", "-c", "copy", output) is null || !File.Exists(output)) return null;
            var name = Path.GetFileNameWithoutExtension(video.FileName).Replace("-video", "", StringComparison.Ordinal) + Path.GetExtension(output);
            return new RecordedTrack(video.FeedId, Muxed, name, webm ? "video/webm" : "video/x-matroska", await File.ReadAllBytesAsync(output, ct));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
