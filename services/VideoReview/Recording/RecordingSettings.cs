namespace Linkage.VideoReview.Recording;

/// <summary>Where Janus leaves rooms' recordings (null: rooms do not record) and how long media are kept
/// (<c>Linkage:VideoReview:RecordingRetention</c>, three years by default).</summary>
public sealed record RecordingSettings(string? Folder, TimeSpan Retention)
{
    public static readonly TimeSpan DefaultRetention = TimeSpan.FromDays(3 * 365);
}
