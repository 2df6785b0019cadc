using Linkage.ServiceDefaults.Hosting;
using Linkage.VideoReview.Domain;
using Linkage.VideoReview.Media;
using Linkage.VideoReview.Messaging;
using Linkage.VideoReview.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Linkage.VideoReview.Recording;

/// <summary>Once a recorded session's room is destroyed (Janus has closed its files), its tracks are converted, each
/// participant's audio and video muxed into one file, hashed and stored with <c>RecordingStored</c> in one transaction,
/// and the raw files removed. Media past their retention are deleted; their metadata and hash stay.</summary>
public sealed class RecordingSweep(
    VideoReviewDbContext db, IRecordingStore store, RecordingSettings settings, TimeProvider clock, ILogger<RecordingSweep> log) : ISweep
{
    private const int Batch = 10;

    public static string IntervalKey => "Linkage:VideoReview:SweepInterval";

    public async Task<int> RunAsync(CancellationToken ct) => await StoreAsync(ct) + await ExpireAsync(ct);

    private async Task<int> StoreAsync(CancellationToken ct)
    {
        if (settings.Folder is not { } folder) return 0;
        var ended = await db.Sessions
            .Where(s => s.Recorded && s.RoomClosedAt != null && s.RecordingsProcessedAt == null)
            .OrderBy(s => s.RoomClosedAt).Take(Batch).ToListAsync(ct);
        var stored = 0;
        foreach (var session in ended)
        {
            var room = RecordingFolders.Of(folder, session.RoomId!.Value);
            var files = Directory.Exists(room) ? Directory.GetFiles(room) : [];
            if (files.Any(f => f.EndsWith(".tmp", StringComparison.Ordinal))) continue; // Janus still writes
            var now = clock.GetUtcNow();
            var tracks = new List<RecordedTrack>();
            foreach (var mjr in files.Where(f => f.EndsWith(".mjr", StringComparison.Ordinal)).Order())
            {
                if (await JanusPostProcessor.ConvertAsync(mjr, ct) is { } converted) tracks.Add(converted);
                else log.LogWarning("Recording {File} of session {Session} has no convertible media", Path.GetFileName(mjr), session.Id);
            }
            foreach (var track in await TrackMuxer.PerParticipantAsync(tracks, ct))
            {
                var recording = SessionRecording.Store(session, track, now, settings.Retention);
                db.Recordings.Add(recording);
                store.Stage(recording.Id, track.Content);
                db.Publish(SessionEvents.Stored(recording), session.Id.ToString());
            }
            session.RecordingsProcessed(now);
            await db.SaveChangesAsync(ct);
            if (Directory.Exists(room)) Directory.Delete(room, recursive: true);
            stored++;
        }
        return stored;
    }

    private async Task<int> ExpireAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await db.Recordings.Where(r => r.MediaDeletedAt == null && r.RetainUntil <= now).Take(Batch).ToListAsync(ct);
        foreach (var recording in due)
        {
            await store.DeleteAsync(recording.Id, ct);
            recording.MediaDeleted(now);
        }
        await db.SaveChangesAsync(ct);
        return due.Count;
    }
}
