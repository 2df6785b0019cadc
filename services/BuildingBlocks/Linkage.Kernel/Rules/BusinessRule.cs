namespace Linkage.Kernel.Rules;

public static class BusinessRule
{
    /// <summary>Checks every rule and throws once with all the broken ones, so one answer lists every problem.</summary>
    public static void Check(params IEnumerable<IBusinessRule> rules)
    {
        var broken = rules.Where(r => r.IsBroken()).ToList();
        if (broken.Count > 0) throw new BusinessRuleException(broken);
    }

    /// <summary>The first broken rule, for a slice that answers one conflict (409) at a time.</summary>
    public static IBusinessRule? FirstBroken(params IEnumerable<IBusinessRule> rules) => rules.FirstOrDefault(r => r.IsBroken());
}

public sealed class BusinessRuleException(IReadOnlyList<IBusinessRule> broken)
    : Exception(string.Join("; ", broken.Select(r => $"{r.Field}: {r.Message}")))
{
    public IReadOnlyList<IBusinessRule> Broken { get; } = broken;
}
