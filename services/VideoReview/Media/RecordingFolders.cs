namespace Linkage.VideoReview.Media;

/// <summary>Each room records into a folder of its own under the recordings folder.</summary>
public static class RecordingFolders
{
    public static string Of(string recordingsFolder, long roomId) => Path.Combine(recordingsFolder, roomId.ToString());
}
