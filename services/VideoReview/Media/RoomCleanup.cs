namespace Linkage.VideoReview.Media;

public static class RoomCleanup
{
    /// <summary>True when the room is gone; false when the SFU is down (the sweep tries again).</summary>
    public static async Task<bool> DestroyQuietlyAsync(IMediaServer media, MediaRoom room, CancellationToken ct)
    {
        try
        {
            await media.DestroyRoomAsync(room, ct);
            return true;
        }
        catch (MediaServerUnavailableException)
        {
            return false;
        }
    }
}
