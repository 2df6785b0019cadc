using System.Text.RegularExpressions;

namespace Linkage.Ratings.Features.IndicatorSets;

/// <summary>A new version of an indicator set: its keys (what a rating sends) and, in the same order, their names.</summary>
public sealed partial record PublishIndicatorSetRequest(IReadOnlyList<string>? Keys, IReadOnlyList<string>? Names)
{
    public const int MaxIndicators = 12;
    public const int MaxName = 32;

    public FieldErrors Check()
    {
        var errors = new FieldErrors();
        var keys = Keys ?? [];
        var names = Names ?? [];
        errors.Require(keys.Count is > 0 and <= MaxIndicators, "keys", $"1 to {MaxIndicators} indicators.");
        for (var i = 0; i < keys.Count; i++)
            errors.Require(keys[i] is { } k && Key().IsMatch(k), $"keys[{i}]", "Lower-case letters, digits and hyphens, starting with a letter, at most 32.");
        errors.Require(keys.Distinct().Count() == keys.Count, "keys", "Each indicator once.");
        errors.Require(names.Count == keys.Count, "names", "One name per key, in the same order.");
        for (var i = 0; i < names.Count; i++)
            errors.Require(names[i] is { } n && n.Trim().Length is > 0 and <= MaxName, $"names[{i}]", $"1 to {MaxName} characters.");
        return errors;
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,31}$")]
    private static partial Regex Key();
}
