using Linkage.Kernel.Rules;

namespace Linkage.Fees.Domain.Rules;

/// <summary>An amount is a positive whole number of fen (分); a fraction never reaches here (the body is refused).</summary>
public sealed class PositiveFenRule(string path, long? fen) : IBusinessRule
{
    public string Field => path;
    public string Message => "Give a positive amount in whole fen.";
    public bool IsBroken() => fen is not > 0;
}
