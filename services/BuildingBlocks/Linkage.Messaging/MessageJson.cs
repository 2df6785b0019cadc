using System.Text.Json;
using System.Text.Json.Serialization;

namespace Linkage.Messaging;

/// <summary>The JSON of outbox payloads and CloudEvent data: camelCase web defaults, enums as kebab-case strings.</summary>
public static class MessageJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
