using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Linkage.Testing;

namespace Linkage.VideoReview.Tests;

/// <summary>A session recorded by the real Janus (lock_record, rec_dir per room) while two browsers publish: after the
/// conclusion its tracks are converted with janus-pp-rec, hashed and stored; retention deletes the media, not the hash.</summary>
public sealed class RecordingTests
{
    [Fact]
    public async Task The_recording_is_converted_hashed_stored_and_its_media_deleted_after_retention()
    {
        await using var host = await LinkageTestHost.StartAsync("videoreview",
            configure: s => JanusEnvironment.Configure(s, recordingRetention: "00:00:40"));
        var id = await host.CreateSessionAsync(await VideoReviewHostFixture.AcceptedCaseAsync(host));
        var room = (await host.RoomOfAsync(id))!.Value;
        var folder = Path.Combine(JanusEnvironment.RecordingsFolder, room.ToString());
        await using (var pages = await JoinPages.LaunchAsync(host))
        {
            var county = await pages.OpenAsync(host.TokenFor("reviewer-scjg"), id);
            var city = await pages.OpenAsync(host.TokenFor(VideoReviewHostFixture.CityReviewer), id);
            using var janus = JanusProbe.Platform();
            await pages.PublishingAsync(janus, room, 2, county, city);
            await Wait.Until(() => Task.FromResult(Directory.Exists(folder) ? Directory.GetFiles(folder) : []),
                files => files.Count(f => f.Contains("-video-") && new FileInfo(f).Length > 50_000) == 2
                    && files.Count(f => f.Contains("-audio-") && new FileInfo(f).Length > 5_000) == 2, TimeSpan.FromSeconds(60),
                "two video and two audio tracks being recorded");
        }
        using var clerk = host.CreateClient("clerk");
        Assert.Equal(HttpStatusCode.OK, (await clerk.PostAsJsonAsync($"/api/video-review/sessions/{id}/conclusion", Sessions.Conclusion())).StatusCode);

        var recordings = await Wait.Until(async () => (await clerk.GetJsonAsync($"/api/video-review/sessions/{id}/recordings")).Items().EnumerateArray().ToArray(),
            list => list!.Length >= 2, TimeSpan.FromSeconds(60), "stored recordings");

        // one file per participant: janus-pp-rec's video and audio of each feed muxed by ffmpeg
        Assert.Equal(2, recordings!.Length);
        var video = recordings.Where(r => r.GetProperty("track").GetString() == "muxed").ToList();
        Assert.Equal(2, video.Count);
        Assert.Equal(2, video.Select(r => r.GetProperty("feedId").GetInt64()).Distinct().Count());
        await WalkTwoPagesAsync(clerk, $"/api/video-review/sessions/{id}/recordings", recordings);
        foreach (var track in recordings!)
        {
            var media = await clerk.GetAsync($"/api/video-review/sessions/{id}/recordings/{track.GetProperty("id").GetGuid()}");
            Assert.Equal(HttpStatusCode.OK, media.StatusCode);
            var bytes = await media.Content.ReadAsByteArrayAsync();
            Assert.Equal(track.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
            Assert.Equal(track.GetProperty("size").GetInt64(), bytes.LongLength);
        }
        var webm = await clerk.GetByteArrayAsync($"/api/video-review/sessions/{id}/recordings/{video[0].GetProperty("id").GetGuid()}");
        Assert.Equal([0x1A, 0x45, 0xDF, 0xA3], webm[..4]); // EBML: a playable WebM
        Assert.Equal(["audio", "video"], await MediaStreams.KindsAsync(webm));
        Assert.False(Directory.Exists(folder));
        Assert.Equal(recordings.Length, await host.ScalarAsync<long>(
            $"SELECT count(*) FROM videoreview.outbox_messages WHERE aggregate_id = '{id}' AND message_type LIKE '%.RecordingStored%'"));
        Assert.Equal(HttpStatusCode.OK, (await host.CreateClient("supervisor-city").GetAsync($"/api/video-review/sessions/{id}/recordings")).StatusCode);
        await (await host.CreateClient("reviewer-gaj").GetAsync($"/api/video-review/sessions/{id}/recordings")).ProblemAsync(HttpStatusCode.NotFound);

        var expired = await Wait.Until(async () => (await clerk.GetJsonAsync($"/api/video-review/sessions/{id}/recordings")).Items().EnumerateArray().ToArray(),
            list => list!.All(r => r.TryGetProperty("mediaDeletedAt", out var at) && at.ValueKind == JsonValueKind.String), TimeSpan.FromSeconds(90), "retention");
        Assert.Equal(recordings.Select(r => r.GetProperty("sha256").GetString()), expired!.Select(r => r.GetProperty("sha256").GetString()));
        var gone = await clerk.GetAsync($"/api/video-review/sessions/{id}/recordings/{video[0].GetProperty("id").GetGuid()}");
        Assert.Contains(video[0].GetProperty("sha256").GetString()!, (await gone.ProblemAsync(HttpStatusCode.Gone)).GetProperty("detail").GetString());
        Assert.Equal(0L, await host.ScalarAsync<long>(
            $"SELECT count(*) FROM videoreview.recording_media m JOIN videoreview.session_recordings r ON r.\"Id\" = m.\"RecordingId\" WHERE r.\"SessionId\" = '{id}'"));
    }

    /// <summary>The list a page of one at a time (issue 16 part 2): the first page counts both and points on, the second
    /// ends it, and together they are the whole list in its order.</summary>
    private static async Task WalkTwoPagesAsync(HttpClient client, string list, JsonElement[] whole)
    {
        var first = await client.GetJsonAsync($"{list}?limit=1");
        Assert.Equal(whole.Length, first.GetProperty("total").GetInt32());
        var second = await client.GetJsonAsync($"{list}?limit=1&cursor={Uri.EscapeDataString(first.GetProperty("nextCursor").GetString()!)}");
        Assert.True(!second.TryGetProperty("nextCursor", out var next) || next.ValueKind == JsonValueKind.Null);
        Assert.Equal(whole.Select(r => r.GetProperty("id").GetGuid()),
            first.Items().EnumerateArray().Concat(second.Items().EnumerateArray()).Select(r => r.GetProperty("id").GetGuid()));
    }
}
