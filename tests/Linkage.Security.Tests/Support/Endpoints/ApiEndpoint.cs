using System.Reflection;

namespace Linkage.Security.Tests.Endpoints;

/// <summary>One row of the host's endpoint table, as the suites need it: what to call and with what.</summary>
public sealed record ApiEndpoint(
    string Method,
    string Pattern,
    IReadOnlyList<string> RouteParameters,
    IReadOnlyList<ParameterInfo> QueryParameters,
    Type? BodyType,
    IReadOnlyList<string> RequiredRoles,
    bool Anonymous)
{
    public bool Writes => Method is "POST" or "PUT" or "PATCH" or "DELETE";

    /// <summary>Reads its request itself (a form, a raw file) instead of binding a JSON body.</summary>
    public bool ReadsRawBody => Writes && BodyType is null && RouteParameters.Count == 0;

    public string Key => $"{Method} {Pattern}";

    public override string ToString() => Key;
}
