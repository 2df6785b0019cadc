using System.Collections.Concurrent;

namespace Linkage.Messaging;

/// <summary>Integration event types by their stored name, "Full.Type.Name, AssemblyName" (no version, so a
/// redeployed contracts assembly still resolves rows written by the previous one).</summary>
internal static class MessageTypes
{
    private static readonly ConcurrentDictionary<string, Type?> Resolved = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<Type, string> Names = new();

    /// <summary>Built once per type: <c>Assembly.GetName()</c> parses a new name on every call (decision 0815).</summary>
    public static string NameOf(Type type) =>
        Names.GetOrAdd(type, static t => $"{t.FullName}, {t.Assembly.GetName().Name}");

    public static Type Resolve(string name) =>
        Resolved.GetOrAdd(name, n => Type.GetType(n, throwOnError: false))
        ?? throw new InvalidOperationException($"Message type '{name}' cannot be loaded.");
}
