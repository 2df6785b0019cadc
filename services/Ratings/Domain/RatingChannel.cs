namespace Linkage.Ratings.Domain;

/// <summary>Where a rating is given (国办发〔2019〕51号): on site "一次一评", online "一事一评", and the other
/// channels of the national platform.</summary>
public enum RatingChannel
{
    Window,   // evaluation device at the window
    Station,  // village service station
    Online,   // web portal
    App,      // mobile app / mini program
    Sms,      // text message after completion
    Hotline,  // 12345 hotline
}

public static class RatingChannels
{
    /// <summary>The channel as the API and events spell it: window, station, online, …</summary>
    public static string WireName(this RatingChannel channel) =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(channel.ToString());
}
