namespace Linkage.Catalog.Domain.Rules;

public sealed class AtLeastRule(string fieldPath, int value, int minimum) : IBusinessRule
{
    public string Field => fieldPath;

    public string Message => $"Must be at least {minimum}.";

    public bool IsBroken() => value < minimum;
}
