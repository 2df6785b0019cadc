namespace Linkage.Security.Tests.BadInput;

/// <summary>One bad request of the corpus: what is wrong with it, what it sends, and the fields at fault (empty when
/// the body as a whole is, as with malformed JSON).</summary>
public sealed record BadInputCase(string Kind, Func<HttpContent?> Content, IReadOnlyList<string> Fields)
{
    public string? RouteOverride { get; init; }
}
