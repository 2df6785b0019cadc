namespace Linkage.Ratings.Domain;

/// <summary>Where intake handled the case decides where the invitation goes: the window's rating pad, the village
/// station, or online. A completion that names no channel is invited by text message (SMS).</summary>
public static class HandledChannel
{
    public static RatingChannel FromIntake(string? channel) => channel switch
    {
        "window" => RatingChannel.Window,
        "proxy" => RatingChannel.Station,
        "online" => RatingChannel.Online,
        _ => RatingChannel.Sms,
    };
}
