using System.Text.Json.Nodes;

namespace Linkage.VideoReview.Media;

/// <summary>This server's own Janus session with one VideoRoom handle, opened ahead by <see cref="JanusKeepAlive"/>
/// (or on first use), kept alive by it and reopened when Janus forgot it (restart, timeout).</summary>
public sealed class JanusHandle(JanusHttp janus)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private (long Session, long Handle)? current;

    /// <summary>Sends a synchronous VideoRoom request and returns the plugin's answer (errors thrown).</summary>
    public async Task<JsonObject> RequestAsync(JsonObject body, CancellationToken ct)
    {
        var (session, handle) = await OpenAsync(ct);
        var answer = await janus.ApiAsync($"/{session}/{handle}", Message(body), ct);
        if (JanusError.CoreCode(answer) is JanusError.NoSuchSession or 459) // 459: no such handle
        {
            current = null;
            (session, handle) = await OpenAsync(ct);
            answer = await janus.ApiAsync($"/{session}/{handle}", Message(JsonNode.Parse(body.ToJsonString())!.AsObject()), ct);
        }
        return JanusError.Succeeded(JanusError.PluginData(answer));
    }

    /// <summary>Keeps the session alive, or opens it when there is none yet (at start, after Janus forgot it), so that
    /// no request waits for the create and attach round trips (decision 0582).</summary>
    public async Task KeepAliveAsync(CancellationToken ct)
    {
        if (current is not { } open)
        {
            await OpenAsync(ct);
            return;
        }
        var answer = await janus.ApiAsync($"/{open.Session}", new JsonObject { ["janus"] = "keepalive" }, ct);
        if (JanusError.CoreCode(answer) is not null) current = null;
    }

    private static JsonObject Message(JsonObject body) => new() { ["janus"] = "message", ["body"] = body };

    private async Task<(long Session, long Handle)> OpenAsync(CancellationToken ct)
    {
        if (current is { } open) return open;
        await gate.WaitAsync(ct);
        try
        {
            if (current is { } again) return again;
            var session = Id(await janus.ApiAsync("", new JsonObject { ["janus"] = "create" }, ct));
            var handle = Id(await janus.ApiAsync($"/{session}",
                new JsonObject { ["janus"] = "attach", ["plugin"] = "janus.plugin.videoroom" }, ct));
            current = (session, handle);
            return (session, handle);
        }
        finally
        {
            gate.Release();
        }
    }

    private static long Id(JsonObject answer) =>
        JanusError.CoreCode(answer) is { } code
            ? throw new JanusRequestException(code, answer["error"]?["reason"]?.GetValue<string>() ?? "error")
            : answer["data"]!["id"]!.GetValue<long>();
}
