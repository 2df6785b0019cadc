namespace Linkage.VideoReview.Media;

/// <summary>The SFU did not answer (down, refused, timed out): video is unavailable for now.</summary>
public sealed class MediaServerUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
