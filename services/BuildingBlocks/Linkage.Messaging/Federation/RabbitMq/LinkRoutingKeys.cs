namespace Linkage.Messaging;

/// <summary>Routing keys on the broker links (decision 0670): the twelve digits of an event's target division, one
/// word each, then its type, e.g. <c>3.5.0.9.2.6.1.0.0.2.0.1.linkage.intake.case-forwarded.v1</c>. A subtree is the
/// pattern of its leading digits (<c>3.5.0.9.2.6.#</c>), so a link takes only what lies behind the neighbour.</summary>
public static class LinkRoutingKeys
{
    private const string AnyDivision = "*.*.*.*.*.*.*.*.*.*.*.*";

    public static string For(string? targetDivision, string type) => DivisionScope.IsDivisionCode(targetDivision)
        ? $"{string.Join('.', targetDivision!.ToCharArray())}.{type}"
        : throw new InvalidOperationException($"A {type} for another deployment needs a 12-digit target division, not '{targetDivision}'.");

    /// <summary>The patterns of every division within <paramref name="scope"/>, of any type.</summary>
    public static IReadOnlyList<string> Within(DivisionScope scope) =>
        scope.Prefixes().Select(p => p.Length == 0 ? "#" : $"{string.Join('.', p.ToCharArray())}.#").ToList();

    /// <summary>The pattern of every division for <paramref name="type"/>.</summary>
    public static string OfType(string type) => $"{AnyDivision}.{type}";
}
