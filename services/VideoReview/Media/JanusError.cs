using System.Text.Json.Nodes;

namespace Linkage.VideoReview.Media;

/// <summary>Janus's answers: a core <c>error</c>, or a plugin answer with <c>error_code</c>.</summary>
public static class JanusError
{
    public const int NoSuchSession = 458;
    public const int NoSuchRoom = 426;
    public const int NoSuchFeed = 428;

    public static int? CoreCode(JsonObject answer) =>
        answer["janus"]?.GetValue<string>() == "error" ? answer["error"]?["code"]?.GetValue<int>() : null;

    /// <summary>The plugin's data of a synchronous request, or throws on a core error.</summary>
    public static JsonObject PluginData(JsonObject answer)
    {
        if (CoreCode(answer) is { } code)
            throw new JanusRequestException(code, answer["error"]?["reason"]?.GetValue<string>() ?? "error");
        return answer["plugindata"]?["data"] as JsonObject ?? throw new JanusRequestException(0, "no plugin data");
    }

    public static JsonObject Succeeded(JsonObject data)
    {
        if (data["error_code"]?.GetValue<int>() is { } code)
            throw new JanusRequestException(code, data["error"]?.GetValue<string>() ?? "error");
        return data;
    }
}

public sealed class JanusRequestException(int code, string reason) : Exception($"Janus error {code}: {reason}")
{
    public int Code => code;
}
