using System.Reflection;
using System.Text.Json;

namespace Linkage.ServiceDefaults.Events;

/// <summary>An event integrators may subscribe to, found in the contract types (decision 0571): the federation events
/// (a <c>Type</c> constant, carried as signed CloudEvents on the exchange of that name) and the integration events
/// (records in <c>Linkage.Contracts.Events.*</c>, on the broker's <c>Namespace:Name</c> exchange), whose CloudEvents
/// type is <c>linkage.{module}.{kebab-name}.v1</c>. Records another event embeds (ApplicantSummary…) are components.</summary>
public sealed record PublishedEvent(string CloudEventType, Type Contract, string Channel, bool CrossesTiers)
{
    private const string IntegrationNamespace = "Linkage.Contracts.Events.";
    private const string FederationNamespace = "Linkage.Contracts.Federation";

    public static IReadOnlyList<PublishedEvent> All { get; } = Find(typeof(Contracts.Federation.CaseForwarded).Assembly);

    public string Name => Contract.Name;

    private static List<PublishedEvent> Find(Assembly contracts)
    {
        var records = contracts.GetExportedTypes().Where(t => t is { IsClass: true, IsAbstract: false }).ToList();
        var federation = records.Where(t => t.Namespace == FederationNamespace && TypeConstant(t) is not null)
            .Select(t => new PublishedEvent(TypeConstant(t)!, t, TypeConstant(t)!, true));
        var candidates = records.Where(t => t.Namespace?.StartsWith(IntegrationNamespace, StringComparison.Ordinal) == true).ToList();
        var embedded = candidates.SelectMany(t => t.GetProperties()).SelectMany(p => Unwrapped(p.PropertyType)).ToHashSet();
        var integration = candidates.Where(t => !embedded.Contains(t))
            .Select(t => new PublishedEvent(IntegrationType(t), t, $"{t.Namespace}:{t.Name}", false));
        return [.. federation.Concat(integration).OrderBy(e => e.CloudEventType, StringComparer.Ordinal)];
    }

    private static string? TypeConstant(Type t) =>
        t.GetField("Type", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field ? field.GetRawConstantValue() as string : null;

    private static string IntegrationType(Type t)
    {
        var module = JsonNamingPolicy.KebabCaseLower.ConvertName(t.Namespace![IntegrationNamespace.Length..]);
        return $"linkage.{module}.{JsonNamingPolicy.KebabCaseLower.ConvertName(t.Name)}.v1";
    }

    private static IEnumerable<Type> Unwrapped(Type t)
    {
        yield return Nullable.GetUnderlyingType(t) ?? t;
        if (t.IsGenericType) foreach (var argument in t.GetGenericArguments()) yield return argument;
        if (t.IsArray) yield return t.GetElementType()!;
    }
}
