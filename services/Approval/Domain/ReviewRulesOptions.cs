namespace Linkage.Approval.Domain;

/// <summary>Join settings per implementation code until the catalog carries them (configuration section
/// <c>Linkage:Approval</c>): <c>Quorums:{code}</c> = N for N-of-M joint review, <c>FinalSignOff</c> = the codes whose
/// plans end with the chief representative's sign-off.</summary>
public sealed class ReviewRulesOptions
{
    public Dictionary<string, int> Quorums { get; set; } = [];

    public List<string> FinalSignOff { get; set; } = [];

    public ReviewRules For(string implementationCode) => new(
        Quorums.GetValueOrDefault(implementationCode), FinalSignOff.Contains(implementationCode, StringComparer.Ordinal));
}
