using System.Text.Json;

namespace Linkage.Contracts.Federation;

/// <summary>The province published or revised a matter of the basic catalogue (基本目录). One event per province, city
/// and county of the directory (target division); <see cref="Versions"/> holds every version as the catalog stores
/// them (a JSON array), so a receiver that missed an event adds whatever it lacks. <see cref="Sequence"/> is
/// <see cref="LatestVersion"/>: any order of arrival ends in the same catalogue (decision 0332).</summary>
public sealed record MatterChanged(
    string MatterCode,
    string Name,
    string MatterType,
    IReadOnlyList<string> Keywords,
    int LatestVersion,
    JsonElement Versions,
    DateTimeOffset ChangedAt,
    long Sequence = 0)
{
    public const string Type = "linkage.catalog.matter-changed.v1";
}
