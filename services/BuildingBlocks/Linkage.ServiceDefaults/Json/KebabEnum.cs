using System.Text.Json;

namespace Linkage.ServiceDefaults.Json;

/// <summary>Parses enum values written the API's way (kebab-case) in query strings.</summary>
public static class KebabEnum
{
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (JsonNamingPolicy.KebabCaseLower.ConvertName(candidate.ToString()) != text) continue;
            value = candidate;
            return true;
        }
        value = default;
        return false;
    }
}
