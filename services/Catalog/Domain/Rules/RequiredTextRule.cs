namespace Linkage.Catalog.Domain.Rules;

public sealed class RequiredTextRule(string fieldPath, string? text) : IBusinessRule
{
    public string Field => fieldPath;

    public string Message => "A value is required.";

    public bool IsBroken() => string.IsNullOrWhiteSpace(text);
}
