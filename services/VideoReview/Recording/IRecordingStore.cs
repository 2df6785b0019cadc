namespace Linkage.VideoReview.Recording;

/// <summary>Where recording media are kept, the same shape as intake's material store: <see cref="Stage"/> writes within
/// the caller's unit of work, so the media and their metadata commit together or not at all.</summary>
public interface IRecordingStore
{
    void Stage(Guid recordingId, byte[] content);

    Task<byte[]?> ReadAsync(Guid recordingId, CancellationToken ct);

    /// <summary>Within the unit of work too; the metadata and its hash stay.</summary>
    Task DeleteAsync(Guid recordingId, CancellationToken ct);
}
