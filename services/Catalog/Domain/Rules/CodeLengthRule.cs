namespace Linkage.Catalog.Domain.Rules;

/// <summary>Codes are opaque, but never empty, never padded with spaces and never longer than their limit.</summary>
public sealed class CodeLengthRule(string fieldPath, string? code, int maxLength) : IBusinessRule
{
    public string Field => fieldPath;

    public string Message => $"A code of 1 to {maxLength} characters without spaces is required.";

    public bool IsBroken() => code is null || code.Length == 0 || code.Length > maxLength || code.Any(char.IsWhiteSpace);
}
