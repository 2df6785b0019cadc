namespace Linkage.Kernel.Rules;

/// <summary>A business rule: a small named class that takes the facts and says whether they break it; a broken one
/// names the field (camelCase path) it is about and says why, so a slice can answer 422 (docs/CONVENTIONS.md).</summary>
public interface IBusinessRule
{
    string Field { get; }

    string Message { get; }

    bool IsBroken();
}
