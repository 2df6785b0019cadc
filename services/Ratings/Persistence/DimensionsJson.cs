using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Linkage.Ratings.Persistence;

/// <summary>Indicator scores (整体满意度, 服务态度, …) as a jsonb object.</summary>
public static class DimensionsJson
{
    public static readonly ValueConverter<Dictionary<string, int>, string> Converter = new(
        d => JsonSerializer.Serialize(d, JsonSerializerOptions.Default),
        s => JsonSerializer.Deserialize<Dictionary<string, int>>(s, JsonSerializerOptions.Default) ?? new Dictionary<string, int>());

    public static readonly ValueComparer<Dictionary<string, int>> Comparer = new(
        (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
        d => d.Aggregate(0, (h, p) => HashCode.Combine(h, p.Key, p.Value)),
        d => new Dictionary<string, int>(d));
}
