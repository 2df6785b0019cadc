namespace Linkage.VideoReview.Tests;

/// <summary>The real Janus that <c>./platform test</c> starts, and its secrets (exported as LINKAGE_TEST_JANUS_*).</summary>
public static class JanusEnvironment
{
    public static Uri Url => new(Required("LINKAGE_TEST_JANUS_URL"));
    public static Uri AdminUrl => new(Required("LINKAGE_TEST_JANUS_ADMIN_URL"));
    public static string ApiSecret => Required("LINKAGE_TEST_JANUS_API_SECRET");
    public static string AdminSecret => Required("LINKAGE_TEST_JANUS_ADMIN_SECRET");
    public static string RoomAdminKey => Required("LINKAGE_TEST_JANUS_ROOM_ADMIN_KEY");
    public static string ConfigFolder => Required("LINKAGE_TEST_JANUS_CONF");
    public static string RecordingsFolder => Required("LINKAGE_TEST_JANUS_RECORDINGS");

    /// <summary>The host's Linkage:Janus settings for a Janus at <paramref name="url"/> (the platform's by default).</summary>
    public static void Configure(Dictionary<string, string?> settings, Uri? url = null, Uri? adminUrl = null, string ticketLifetime = "00:10:00",
        string recordingRetention = "1095.00:00:00")
    {
        settings["Linkage:Janus:Url"] = (url ?? Url).ToString();
        settings["Linkage:Janus:AdminUrl"] = (adminUrl ?? AdminUrl).ToString();
        settings["Linkage:Janus:ApiSecret"] = ApiSecret;
        settings["Linkage:Janus:AdminSecret"] = AdminSecret;
        settings["Linkage:Janus:RoomAdminKey"] = RoomAdminKey;
        settings["Linkage:Janus:TicketLifetime"] = ticketLifetime;
        settings["Linkage:Janus:RecordingsFolder"] = RecordingsFolder;
        settings["Linkage:VideoReview:RecordingRetention"] = recordingRetention;
        settings["Linkage:VideoReview:SweepInterval"] = "00:00:01";
    }

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set. Run the tests through ./platform test, which starts Janus and exports it.");
}
