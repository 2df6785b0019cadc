namespace Linkage.Catalog.Domain.Rules;

/// <summary>A catalogue rule; a broken one names the field (camelCase path) it is about.</summary>
public interface IBusinessRule
{
    string Field { get; }

    string Message { get; }

    bool IsBroken();
}
