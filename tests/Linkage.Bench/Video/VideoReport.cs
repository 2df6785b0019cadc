using Linkage.Bench.Pacing;
using Linkage.ServiceDefaults.Auth;

namespace Linkage.Bench.Video;

/// <summary>Remote video joint review on the real Janus (issue 14), through the gateway: room creation (a session per
/// case, each a private VideoRoom) at <c>--room-rate</c> a second (default 5); join tickets at <c>--join-rate</c>
/// (default 50) over those sessions by the clerk and reviewers of the county and the city; then one room with two
/// fake-camera publishers and four subscribers in headless Chromium, and Janus' CPU and memory over
/// <c>--media-seconds</c> (default 30). Every session the run created is cancelled at the end (its room destroyed).</summary>
public static class VideoReport
{
    private static readonly DemoUser CityReviewer =
        new("reviewer-city", "李娜（市自然资源局）", [Roles.DepartmentReviewer], "350900000000", "ou-350900-centre", "dep-350900-zrzy");

    public static async Task<long> RunAsync(string[] args, BenchOptions options, BenchTokens tokens)
    {
        var scenario = new ScenarioArgs(args);
        var (roomRate, joinRate) = (scenario.Number("--room-rate", 5), scenario.Number("--join-rate", 50));
        var pg = options.Postgres ?? throw new InvalidOperationException("--pg is needed for the video scenario.");
        using var clerk = BenchHttp.Create(options.Gateway, tokens.For("clerk"));
        var count = (int)Math.Ceiling(roomRate * options.Duration.TotalSeconds) + 1;
        Console.WriteLine($"video review: {count} food-permit cases at the county window, then sessions (Janus rooms) and join tickets through the gateway");
        using var direct = BenchHttp.Create(options.Direct, tokens.For("clerk"));
        var cases = await new ReviewCases(direct, pg).PrepareAsync(count);
        var sessions = new ReviewSessions(clerk);
        try
        {
            var rooms = await OpenLoop.RunAsync("room", roomRate, options.Duration, n => sessions.CreateAsync(cases[(int)n]));
            Figure.P99("video room creation (POST /api/video-review/sessions, creates the Janus VideoRoom)", rooms, 200, roomRate);
            var created = sessions.Created;
            if (created.Count == 0) return rooms.Failed + 1;
            var joiners = new[] { tokens.For("clerk"), tokens.For("reviewer-scjg"), tokens.For("reviewer-wsjk"), tokens.For(CityReviewer) }
                .Select(t => BenchHttp.Create(options.Gateway, t)).ToArray();
            LoadResult joins;
            try
            {
                joins = await OpenLoop.RunAsync("join", joinRate, options.Duration, n =>
                    ReviewSessions.JoinAsync(joiners[n % joiners.Length], created[(int)(n / joiners.Length % created.Count)]));
            }
            finally
            {
                foreach (var joiner in joiners) joiner.Dispose();
            }
            Figure.P99("video join ticket issue (POST /api/video-review/sessions/{id}/join)", joins, 50, joinRate);
            var media = await MediaAsync(options, tokens, created[0], scenario.Seconds("--media-seconds", 30));
            return rooms.Failed + joins.Failed + media;
        }
        finally
        {
            var notCancelled = await sessions.CancelAllAsync();
            Console.WriteLine($"  {sessions.Created.Count} sessions cancelled, their rooms destroyed ({notCancelled} refused)");
        }
    }

    private static async Task<long> MediaAsync(BenchOptions options, BenchTokens tokens, Guid session, TimeSpan window)
    {
        var janus = JanusProcess.Of(options.State);
        var idle = await janus.CpuShareAsync(TimeSpan.FromSeconds(5));
        await using var room = await MediaRoom.LaunchAsync(options.Gateway);
        foreach (var user in new[] { tokens.For("clerk"), tokens.For(CityReviewer), tokens.For("reviewer-scjg"), tokens.For("reviewer-wsjk") })
            await room.JoinAsync(user, session, publishes: false);
        await Task.Delay(TimeSpan.FromSeconds(3)); // the subscribers are in the room before anyone publishes
        foreach (var user in new[] { "reviewer-scjg", "reviewer-wsjk" }) await room.JoinAsync(tokens.For(user), session, publishes: true);
        if (!await room.FlowingAsync(2, TimeSpan.FromSeconds(60))) return 1;
        var busy = await janus.CpuShareAsync(window);
        Figure.Line("Janus CPU, 2 fake-camera publishers → 4 subscribers (and each other)", $"{busy:P1} of one core over {window.TotalSeconds:0} s (idle {idle:P1})", "reported");
        Figure.Line("Janus memory, same room", janus.Memory(), "reported");
        return 0;
    }
}
