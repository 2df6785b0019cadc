using Microsoft.Extensions.Configuration;

namespace Linkage.VideoReview.Media;

/// <summary><c>Linkage:Janus</c>: where the SFU listens and the secrets only this server holds. <see cref="PublicUrl"/>
/// is what browsers are told (defaults to <see cref="Url"/>);
/// <see cref="RecordingsFolder"/> is where Janus writes rooms' recordings (rec_dir), on a file system this host shares.</summary>
public sealed record MediaServerOptions(
    Uri Url, Uri AdminUrl, string ApiSecret, string AdminSecret, string RoomAdminKey, Uri PublicUrl, TimeSpan TicketLifetime,
    string? RecordingsFolder)
{
    public static MediaServerOptions? From(IConfiguration configuration)
    {
        var s = configuration.GetSection("Linkage:Janus");
        if (s["Url"] is not { Length: > 0 } url) return null;
        return new MediaServerOptions(new Uri(url), new Uri(s["AdminUrl"] ?? ""), s["ApiSecret"] ?? "", s["AdminSecret"] ?? "",
            s["RoomAdminKey"] ?? "", new Uri(s["PublicUrl"] is { Length: > 0 } p ? p : url),
            TimeSpan.TryParse(s["TicketLifetime"], out var lifetime) ? lifetime : TimeSpan.FromMinutes(10),
            s["RecordingsFolder"] is { Length: > 0 } folder ? folder : null);
    }
}
