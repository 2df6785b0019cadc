using System.Text.Json;

namespace Linkage.Supervision.Features.Assessment;

/// <summary>How a run's terms and result are stored: web JSON (camelCase), the same bytes for the same result.</summary>
public static class AssessmentJson
{
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, JsonSerializerOptions.Web);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, JsonSerializerOptions.Web)!;
}
