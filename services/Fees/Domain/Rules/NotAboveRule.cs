using Linkage.Kernel.Rules;

namespace Linkage.Fees.Domain.Rules;

/// <summary>An amount may not exceed a ceiling: a payment what is outstanding, a refund what was paid (net).</summary>
public sealed class NotAboveRule(string path, long? fen, long ceiling, string what) : IBusinessRule
{
    public string Field => path;
    public string Message => $"The amount is above {what} ({ceiling} fen).";
    public bool IsBroken() => fen > ceiling;
}
