using Linkage.Kernel.Rules;

namespace Linkage.Fees.Domain.Rules;

/// <summary>A waiver needs its reason, a relief its legal basis, a refund its reason, a payment its reference.</summary>
public sealed class TextRequiredRule(string path, string? text, int maxLength, string message) : IBusinessRule
{
    public string Field => path;
    public string Message => text is { Length: > 0 } t && t.Length > maxLength ? $"At most {maxLength} characters." : message;
    public bool IsBroken() => string.IsNullOrWhiteSpace(text) || text.Length > maxLength;
}
