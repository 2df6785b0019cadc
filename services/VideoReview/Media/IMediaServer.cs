namespace Linkage.VideoReview.Media;

/// <summary>The video SFU as video review uses it: private rooms, who may enter them, moderation.
/// Implemented on Janus's HTTP and admin APIs (<see cref="JanusMediaServer"/>).</summary>
public interface IMediaServer
{
    Task<MediaRoom> CreateRoomAsync(string description, CancellationToken ct);

    /// <summary>Idempotent: a room that is gone already counts as destroyed.</summary>
    Task DestroyRoomAsync(MediaRoom room, CancellationToken ct);

    /// <summary>Registers the token with the server (token_auth) and adds it to the room's allowed list.</summary>
    Task AllowAsync(MediaRoom room, string token, CancellationToken ct);

    /// <summary>Removes the token from the room's allowed list and from the server.</summary>
    Task DisallowAsync(MediaRoom room, string token, CancellationToken ct);

    Task KickAsync(MediaRoom room, long feedId, CancellationToken ct);

    Task MuteAsync(MediaRoom room, long feedId, bool mute, CancellationToken ct);

    Task<IReadOnlyList<MediaParticipant>> ParticipantsAsync(MediaRoom room, CancellationToken ct);

    Task<bool> IsUpAsync(CancellationToken ct);
}
