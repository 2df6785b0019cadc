namespace Linkage.Catalog.Domain.Rules;

/// <summary>A key (division code, org unit id, department id, matter code) names one row only.</summary>
public sealed class NotTakenRule(string fieldPath, string? value, bool taken) : IBusinessRule
{
    public string Field => fieldPath;

    public string Message => $"'{value}' is already in use.";

    public bool IsBroken() => taken;
}
