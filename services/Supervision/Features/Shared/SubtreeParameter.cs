using Linkage.Kernel;

namespace Linkage.Supervision.Features.Shared;

/// <summary>The <c>division</c> query parameter: a 12-digit code, by default the caller's own.</summary>
public static class SubtreeParameter
{
    /// <summary>The requested division, or null with an error added when it is malformed.</summary>
    public static DivisionCode? Parse(string? division, CallerContext caller, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(division)) return caller.Division;
        if (DivisionCode.TryParse(division.Trim(), out var code, out var error)) return code;
        errors.Add("division", error ?? "A 12-digit division code is expected.");
        return null;
    }

    /// <summary>The subtree, or null when the caller may not look there (answer 404, never 403).</summary>
    public static Subtree? Within(DivisionCode? division, CallerContext caller) =>
        division is { } code && caller.CanSee(code) ? new Subtree(code.SignificantPrefix.PadRight(12, '0'), code.SignificantPrefix + "%") : null;
}

/// <summary>A division and the LIKE pattern matching every code below it.</summary>
public sealed record Subtree(string Division, string Pattern);
