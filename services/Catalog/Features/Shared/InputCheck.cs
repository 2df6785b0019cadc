using Linkage.Catalog.Domain.Rules;
using Linkage.Kernel;

namespace Linkage.Catalog.Features.Shared;

/// <summary>The checks REST and gRPC apply to codes from outside before they reach a query or the cache.
/// Each returns the problem, or null when the value is well formed.</summary>
public static class InputCheck
{
    public static string? Division(string? value, out DivisionCode code) =>
        DivisionCode.TryParse(value, out code, out var error) ? null : error;

    public static string? Code(string? value, int maxLength)
    {
        var rule = new CodeLengthRule("", value, maxLength);
        return rule.IsBroken() ? rule.Message : null;
    }
}
