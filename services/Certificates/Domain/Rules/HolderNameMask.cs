namespace Linkage.Certificates.Domain.Rules;

/// <summary>The holder's name on the public verification page: first and last character kept, the rest starred
/// (陈美华 → 陈*华, 刘强 → 刘*). Enough to recognise one's own licence, not to learn a stranger's name.</summary>
public static class HolderNameMask
{
    public static string Apply(string name)
    {
        var chars = System.Globalization.StringInfo.GetTextElementEnumerator(name.Trim());
        var elements = new List<string>();
        while (chars.MoveNext()) elements.Add((string)chars.Current);
        return elements.Count switch
        {
            0 => "",
            1 => "*",
            2 => elements[0] + "*",
            _ => elements[0] + new string('*', elements.Count - 2) + elements[^1],
        };
    }
}
