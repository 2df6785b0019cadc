namespace Linkage.Catalog.Domain.Rules;

/// <summary>Free text that fits its column (names, addresses, hours, phones).</summary>
public sealed class MaxLengthRule(string fieldPath, string? text, int maxLength) : IBusinessRule
{
    public string Field => fieldPath;

    public string Message => $"At most {maxLength} characters.";

    public bool IsBroken() => text is not null && text.Length > maxLength;
}
