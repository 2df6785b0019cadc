using Linkage.Kernel;

namespace Linkage.Ratings.Features.Satisfaction;

/// <summary>The required <c>division</c> query parameter: a 12-digit code whose subtree the figures cover.</summary>
public static class DivisionParameter
{
    public static DivisionCode? Parse(string? division, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(division)) { errors.Add("division", "The division (12-digit code) is required."); return null; }
        if (DivisionCode.TryParse(division.Trim(), out var code, out var error)) return code;
        errors.Add("division", error ?? "A 12-digit division code is expected.");
        return null;
    }
}
