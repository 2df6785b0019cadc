using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Linkage.VideoReview.Tests;

/// <summary>Talks to Janus as the tests need: as a browser does (with a join ticket's token only) and as an
/// observer with the server's API secret (listparticipants, exists).</summary>
public sealed class JanusProbe(Uri url) : IDisposable
{
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public static JanusProbe Platform() => new(JanusEnvironment.Url);

    /// <summary>A browser's Janus session opened with a ticket's token; null when Janus refuses the token.</summary>
    public async Task<(long? Session, int? Error)> OpenAsync(string token)
    {
        var answer = await PostAsync("", new JsonObject { ["janus"] = "create", ["token"] = token });
        return answer["janus"]!.GetValue<string>() == "success"
            ? (answer["data"]!["id"]!.GetValue<long>(), null)
            : (null, answer["error"]!["code"]!.GetValue<int>());
    }

    /// <summary>Attaches to the VideoRoom and joins <paramref name="room"/> as a publisher with the ticket; the
    /// plugin's event (joined, or an error) is returned.</summary>
    public async Task<JsonObject> JoinAsync(long session, string token, long room, string pin, long feedId, string display)
    {
        var attach = await PostAsync($"/{session}", new JsonObject { ["janus"] = "attach", ["plugin"] = "janus.plugin.videoroom", ["token"] = token });
        var handle = attach["data"]!["id"]!.GetValue<long>();
        var body = new JsonObject
        {
            ["request"] = "join", ["ptype"] = "publisher", ["room"] = room, ["pin"] = pin, ["id"] = feedId, ["display"] = display, ["token"] = token,
        };
        var ack = await PostAsync($"/{session}/{handle}", new JsonObject { ["janus"] = "message", ["body"] = body, ["token"] = token });
        if (ack["janus"]!.GetValue<string>() == "error") return ack;
        for (var i = 0; i < 10; i++)
        {
            var events = await http.GetFromJsonAsync<JsonNode>($"{url}/{session}?maxev=5&token={Uri.EscapeDataString(token)}");
            foreach (var e in events is JsonArray a ? a.OfType<JsonObject>() : events is JsonObject o ? [o] : [])
                if (e["plugindata"]?["data"] is JsonObject data) return data;
        }
        throw new TimeoutException("Janus sent no join event.");
    }

    public async Task<IReadOnlyList<long>> ParticipantsAsync(long room)
    {
        var data = await ServerRequestAsync(new JsonObject { ["request"] = "listparticipants", ["room"] = room });
        return data["participants"] is JsonArray a ? [.. a.Select(p => p!["id"]!.GetValue<long>())] : [];
    }

    public async Task<JsonArray> PublishersAsync(long room)
    {
        var data = await ServerRequestAsync(new JsonObject { ["request"] = "listparticipants", ["room"] = room });
        return data["participants"] as JsonArray ?? [];
    }

    public async Task<bool> RoomExistsAsync(long room) =>
        (await ServerRequestAsync(new JsonObject { ["request"] = "exists", ["room"] = room }))["exists"]?.GetValue<bool>() == true;

    private async Task<JsonObject> ServerRequestAsync(JsonObject body)
    {
        var session = (await PostAsync("", Secret(new JsonObject { ["janus"] = "create" })))["data"]!["id"]!.GetValue<long>();
        var handle = (await PostAsync($"/{session}", Secret(new JsonObject { ["janus"] = "attach", ["plugin"] = "janus.plugin.videoroom" })))["data"]!["id"]!.GetValue<long>();
        var answer = await PostAsync($"/{session}/{handle}", Secret(new JsonObject { ["janus"] = "message", ["body"] = body }));
        await PostAsync($"/{session}", Secret(new JsonObject { ["janus"] = "destroy" }));
        return answer["plugindata"]!["data"]!.AsObject();
    }

    private static JsonObject Secret(JsonObject request)
    {
        request["apisecret"] = JanusEnvironment.ApiSecret;
        return request;
    }

    private async Task<JsonObject> PostAsync(string path, JsonObject request)
    {
        request["transaction"] = Guid.NewGuid().ToString("N");
        var response = await http.PostAsJsonAsync($"{url}{path}", request);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public void Dispose() => http.Dispose();
}
