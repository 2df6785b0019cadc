namespace Linkage.VideoReview.Media;

/// <summary>No <c>Linkage:Janus:Url</c>: sessions are still scheduled and concluded, but nothing with video works.</summary>
public sealed class UnconfiguredMediaServer : IMediaServer
{
    private static MediaServerUnavailableException None() => new("No video server is configured (Linkage:Janus:Url).");

    public Task<MediaRoom> CreateRoomAsync(string description, CancellationToken ct) => throw None();

    public Task DestroyRoomAsync(MediaRoom room, CancellationToken ct) => throw None();

    public Task AllowAsync(MediaRoom room, string token, CancellationToken ct) => throw None();

    public Task DisallowAsync(MediaRoom room, string token, CancellationToken ct) => throw None();

    public Task KickAsync(MediaRoom room, long feedId, CancellationToken ct) => throw None();

    public Task MuteAsync(MediaRoom room, long feedId, bool mute, CancellationToken ct) => throw None();

    public Task<IReadOnlyList<MediaParticipant>> ParticipantsAsync(MediaRoom room, CancellationToken ct) => throw None();

    public Task<bool> IsUpAsync(CancellationToken ct) => Task.FromResult(false);
}
