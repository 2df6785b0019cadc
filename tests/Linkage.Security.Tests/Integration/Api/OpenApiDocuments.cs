using System.Text.Json;
using System.Text.RegularExpressions;
using Linkage.Security.Tests.Endpoints;
using Linkage.ServiceDefaults.Versioning;

namespace Linkage.Security.Tests.Api;

/// <summary>The host's OpenAPI documents (one per module, and the audit trail's), read as a client reads them, with
/// each endpoint of the endpoint table found in them by method and path.</summary>
public sealed partial class OpenApiDocuments(IReadOnlyDictionary<string, JsonElement> documents)
{
    public IReadOnlyDictionary<string, JsonElement> ByName => documents;

    public static async Task<OpenApiDocuments> LoadAsync(LinkageTestHost host, IEnumerable<ApiEndpoint> endpoints)
    {
        using var anonymous = host.CreateClient();
        var documents = new Dictionary<string, JsonElement>();
        foreach (var name in endpoints.Select(e => e.Pattern.Split('/')[2]).Distinct())
            documents[name] = await anonymous.GetJsonAsync($"/api/{name}/openapi.json");
        return new OpenApiDocuments(documents);
    }

    /// <summary>The operations: document, path as mapped (the documents list them under <c>/api/v1</c>), method (upper
    /// case) and the operation object.</summary>
    public IEnumerable<(string Document, string Path, string Method, JsonElement Operation)> Operations =>
        from document in documents
        where document.Value.TryGetProperty("paths", out _)
        from path in document.Value.GetProperty("paths").EnumerateObject()
        from method in path.Value.EnumerateObject()
        where method.Name is "get" or "post" or "put" or "patch" or "delete"
        select (document.Key, ApiVersion.Unversioned(path.Name), method.Name.ToUpperInvariant(), method.Value);

    public JsonElement? OperationOf(ApiEndpoint endpoint)
    {
        var path = Shape(endpoint.Pattern);
        foreach (var op in Operations)
            if (op.Method == endpoint.Method && Shape(op.Path) == path) return op.Operation;
        return null;
    }

    /// <summary>A list: its operation reads a <c>cursor</c>.</summary>
    public bool IsPaged(ApiEndpoint endpoint) =>
        OperationOf(endpoint) is { } op && op.TryGetProperty("parameters", out var parameters)
        && parameters.EnumerateArray().Any(p => p.GetProperty("name").GetString() == "cursor");

    /// <summary>The statuses the operation documents (empty when the endpoint is not in any document).</summary>
    public IReadOnlySet<int> StatusesOf(ApiEndpoint endpoint) =>
        OperationOf(endpoint) is { } op && op.TryGetProperty("responses", out var responses)
            ? responses.EnumerateObject().Select(r => int.TryParse(r.Name, out var s) ? s : 0).ToHashSet()
            : new HashSet<int>();

    /// <summary>Null when <paramref name="status"/> is documented for the endpoint (or is not an error).</summary>
    public string? Undocumented(ApiEndpoint endpoint, int status) =>
        status < 400 || StatusesOf(endpoint).Contains(status) ? null
            : $"answered {status}, which its OpenAPI operation does not document ({string.Join(", ", StatusesOf(endpoint).Order())})";

    /// <summary>A schema by its <c>$ref</c>, or the schema itself.</summary>
    public JsonElement Resolve(string document, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? documents[document].GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/').Last())
            : schema;

    private static string Shape(string path) => Constraint().Replace(path.TrimEnd('/'), "{$1}");

    [GeneratedRegex(@"\{([^}:?]+)[^}]*\}")]
    private static partial Regex Constraint();
}
