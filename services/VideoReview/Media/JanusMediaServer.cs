using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Linkage.VideoReview.Media;

/// <summary><see cref="IMediaServer"/> on Janus: VideoRoom requests through this server's handle (rooms need the
/// plugin's admin_key), tokens through the admin API (token_auth).</summary>
public sealed class JanusMediaServer(JanusHandle handle, JanusHttp janus, MediaServerOptions options) : IMediaServer
{
    private const string Plugin = "janus.plugin.videoroom";

    public async Task<MediaRoom> CreateRoomAsync(string description, CancellationToken ct)
    {
        var room = new MediaRoom(RandomNumberGenerator.GetInt32(1, int.MaxValue) * 1000L + RandomNumberGenerator.GetInt32(1000),
            Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), RandomNumberGenerator.GetInt32(100000, 1000000).ToString(),
            options.RecordingsFolder is not null);
        var create = new JsonObject
        {
            ["request"] = "create", ["room"] = room.Id, ["description"] = description, ["admin_key"] = options.RoomAdminKey,
            ["secret"] = room.Secret, ["pin"] = room.Pin, ["is_private"] = true, ["allowed"] = new JsonArray(),
            ["publishers"] = 12, ["permanent"] = false, ["notify_joining"] = true, ["record"] = room.Recorded,
        };
        if (options.RecordingsFolder is { } folder) create["rec_dir"] = RecordingFolders.Of(folder, room.Id);
        await handle.RequestAsync(create, ct);
        return room;
    }

    public async Task DestroyRoomAsync(MediaRoom room, CancellationToken ct)
    {
        try
        {
            await handle.RequestAsync(new JsonObject { ["request"] = "destroy", ["room"] = room.Id, ["secret"] = room.Secret }, ct);
        }
        catch (JanusRequestException e) when (e.Code == JanusError.NoSuchRoom) { }
    }

    /// <summary>The server's token and the room's allowed list are independent: both requests go at once, one round
    /// trip of waiting instead of two (decision 0582).</summary>
    public async Task AllowAsync(MediaRoom room, string token, CancellationToken ct)
    {
        var registered = janus.AdminAsync(new JsonObject { ["janus"] = "add_token", ["token"] = token, ["plugins"] = new JsonArray(Plugin) }, ct);
        var allowed = Allowed(room, "add", token, ct);
        await Task.WhenAll(registered, allowed);
        Core(await registered);
    }

    public async Task DisallowAsync(MediaRoom room, string token, CancellationToken ct)
    {
        try
        {
            await Allowed(room, "remove", token, ct);
        }
        catch (JanusRequestException e) when (e.Code == JanusError.NoSuchRoom) { }
        var answer = await janus.AdminAsync(new JsonObject { ["janus"] = "remove_token", ["token"] = token }, ct);
        if (JanusError.CoreCode(answer) is { } code and not 470) Core(answer); // 470: the token is gone already
    }

    public async Task KickAsync(MediaRoom room, long feedId, CancellationToken ct)
    {
        try
        {
            await handle.RequestAsync(new JsonObject { ["request"] = "kick", ["room"] = room.Id, ["secret"] = room.Secret, ["id"] = feedId }, ct);
        }
        catch (JanusRequestException e) when (e.Code == JanusError.NoSuchFeed) { } // not (or no longer) in the room
    }

    /// <summary>The join page publishes audio first, so the publisher's audio is mid "0".</summary>
    public Task MuteAsync(MediaRoom room, long feedId, bool mute, CancellationToken ct) => handle.RequestAsync(new JsonObject
    {
        ["request"] = "moderate", ["room"] = room.Id, ["secret"] = room.Secret, ["id"] = feedId, ["mid"] = "0", ["mute"] = mute,
    }, ct);

    public async Task<IReadOnlyList<MediaParticipant>> ParticipantsAsync(MediaRoom room, CancellationToken ct)
    {
        var data = await handle.RequestAsync(new JsonObject { ["request"] = "listparticipants", ["room"] = room.Id }, ct);
        return [.. (data["participants"] as JsonArray ?? []).OfType<JsonObject>().Select(p => new MediaParticipant(
            p["id"]!.GetValue<long>(), p["display"]?.GetValue<string>(), p["publisher"]?.GetValue<bool>() ?? false))];
    }

    public async Task<bool> IsUpAsync(CancellationToken ct)
    {
        try
        {
            await handle.RequestAsync(new JsonObject { ["request"] = "exists", ["room"] = 1 }, ct);
            return true;
        }
        catch (Exception e) when (e is MediaServerUnavailableException or JanusRequestException)
        {
            return false;
        }
    }

    private Task Allowed(MediaRoom room, string action, string token, CancellationToken ct) => handle.RequestAsync(new JsonObject
    {
        ["request"] = "allowed", ["room"] = room.Id, ["secret"] = room.Secret, ["action"] = action, ["allowed"] = new JsonArray(token),
    }, ct);

    private static void Core(JsonObject answer)
    {
        if (JanusError.CoreCode(answer) is { } code) throw new JanusRequestException(code, answer["error"]?["reason"]?.GetValue<string>() ?? "error");
    }
}
