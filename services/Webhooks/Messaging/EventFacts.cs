using System.Collections.Concurrent;
using System.Reflection;

namespace Linkage.Webhooks.Messaging;

/// <summary>What the webhooks read off any integration event by its properties' names: the case it is about and the
/// division it happened in — the handling unit's (<c>HandlingDivision</c>), else the record's own
/// (<c>Division</c>), else where it was submitted (<c>SubmittedAtDivision</c>).</summary>
public sealed record EventFacts(Guid? CaseId, string? Division, bool Handling)
{
    private static readonly ConcurrentDictionary<Type, Func<object, EventFacts>> Readers = new();

    public static EventFacts Of(object message) => Readers.GetOrAdd(message.GetType(), Reader)(message);

    /// <summary>Whether an event of <paramref name="contract"/> can teach the webhooks its case's unit: it names a case
    /// and a division. One that cannot writes nothing when no subscription wants its type (decision 0757).</summary>
    public static bool Places(Type contract) => CaseIdOf(contract) is not null && (Text(contract, "HandlingDivision") ?? Other(contract)) is not null;

    private static Func<object, EventFacts> Reader(Type type)
    {
        var caseId = CaseIdOf(type);
        var handling = Text(type, "HandlingDivision");
        var other = Other(type);
        return message =>
        {
            var id = caseId?.GetValue(message) as Guid?;
            if (handling?.GetValue(message) is string { Length: 12 } h) return new(id, h, true);
            return new(id, other?.GetValue(message) is string { Length: 12 } d ? d : null, false);
        };
    }

    private static PropertyInfo? CaseIdOf(Type type) =>
        type.GetProperty("CaseId") is { PropertyType: var t } p && (t == typeof(Guid) || t == typeof(Guid?)) ? p : null;

    private static PropertyInfo? Other(Type type) => Text(type, "Division") ?? Text(type, "SubmittedAtDivision");

    private static PropertyInfo? Text(Type type, string name) =>
        type.GetProperty(name) is { PropertyType: var t } p && t == typeof(string) ? p : null;
}
