using Linkage.Kernel.Rules;

namespace Linkage.ServiceDefaults.Problems;

/// <summary>Collects validation failures by field (camelCase path) for one RFC 7807 answer.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    public FieldErrors Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(message);
        return this;
    }

    public FieldErrors Require(bool condition, string field, string message) => condition ? this : Add(field, message);

    /// <summary>Adds every broken rule under its field.</summary>
    public FieldErrors Check(params IEnumerable<IBusinessRule> rules)
    {
        foreach (var rule in rules.Where(r => r.IsBroken())) Add(rule.Field, rule.Message);
        return this;
    }

    public IDictionary<string, string[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
