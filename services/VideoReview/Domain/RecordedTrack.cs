namespace Linkage.VideoReview.Domain;

/// <summary>A track converted by janus-pp-rec: who published it, audio or video, and the playable file.</summary>
public sealed record RecordedTrack(long FeedId, string Kind, string FileName, string ContentType, byte[] Content);
