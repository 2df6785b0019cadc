using System.Text.Json;
using Linkage.ServiceDefaults.Paging;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Security.Tests.Api;

/// <summary>Issue 16's OpenAPI check over every document of the host: each endpoint is in a document; each operation
/// has a summary and a description; integers are integers; non-public operations carry the bearer scheme; errors
/// are problem details; status-like parameters list their values; no list answers a bare array; paging and the
/// Idempotency-Key header are described. (That the documented statuses cover the returned ones is checked where
/// they are returned: the BOLA matrix and the bad-input corpus.)</summary>
[Collection(SecurityCollection.Name)]
public sealed class OpenApiCompletenessTests(SecurityHostFixture fixture)
{
    private IEnumerable<(string Document, string Path, string Method, JsonElement Operation)> Operations => fixture.Documents.Operations;

    [Fact]
    public async Task Every_endpoint_is_documented_with_a_summary_and_a_description()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "security-report", "openapi"); // the documents as tested, for the console's types
        Directory.CreateDirectory(folder);
        foreach (var (name, document) in fixture.Documents.ByName) await File.WriteAllTextAsync(Path.Combine(folder, $"{name}.json"), document.GetRawText());

        Assert.Empty(fixture.Endpoints.Where(e => fixture.Documents.OperationOf(e) is null).Select(e => e.Key));
        Assert.Empty(Operations.Where(o => Text(o.Operation, "summary") is null).Select(Name));
        Assert.Empty(Operations.Where(o => Text(o.Operation, "description") is null).Select(Name));
    }

    [Fact]
    public void Integers_are_typed_integer_and_never_integer_or_string()
    {
        var mixed = fixture.Documents.ByName.SelectMany(d => Types(d.Value, d.Key))
            .Where(t => t.Types.Contains("string") && (t.Types.Contains("integer") || t.Types.Contains("number"))).Select(t => t.Where).ToList();
        Assert.Empty(mixed);
        var limits = Operations.SelectMany(o => Parameters(o.Operation)).Where(p => p.GetProperty("name").GetString() == "limit").ToList();
        Assert.NotEmpty(limits);
        Assert.All(limits, l => Assert.Equal("integer", l.GetProperty("schema").GetProperty("type").GetString()));
        Assert.All(limits, l => Assert.Equal(PageLimits.Max, l.GetProperty("schema").GetProperty("maximum").GetInt32()));
    }

    [Fact]
    public void The_bearer_scheme_guards_every_operation_that_is_not_public_and_errors_are_problem_details()
    {
        foreach (var (name, document) in fixture.Documents.ByName.Where(d => d.Value.TryGetProperty("paths", out var p) && p.EnumerateObject().Any()))
        {
            var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
            Assert.Equal("http", scheme.GetProperty("type").GetString());
            Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        }
        var anonymous = fixture.Endpoints.Where(e => e.Anonymous).Select(fixture.Documents.OperationOf).Where(o => o is not null).Select(o => o!.Value.GetRawText()).ToHashSet();
        Assert.Empty(Operations.Where(o => !anonymous.Contains(o.Operation.GetRawText()) && !o.Operation.TryGetProperty("security", out _)).Select(Name));
        var plain = from o in Operations
                    from r in o.Operation.GetProperty("responses").EnumerateObject()
                    where int.TryParse(r.Name, out var s) && s >= 400
                        && !(r.Value.TryGetProperty("content", out var c) && c.TryGetProperty("application/problem+json", out _))
                    select $"{Name(o)} {r.Name}";
        Assert.Empty(plain);
        Assert.Empty(Operations.Where(o => !o.Operation.GetProperty("responses").TryGetProperty("401", out _)
            && !anonymous.Contains(o.Operation.GetRawText())).Select(Name));
    }

    [Fact]
    public void Status_parameters_list_their_values_and_headers_are_described()
    {
        var parameters = Operations.SelectMany(o => Parameters(o.Operation).Select(p => (Operation: Name(o), Parameter: p))).ToList();
        var enums = parameters.Where(p => p.Parameter.GetProperty("name").GetString() is "status" or "state" or "level").ToList();
        Assert.True(enums.Count >= 6, $"only {enums.Count} status parameters");
        Assert.Empty(enums.Where(p => !p.Parameter.GetProperty("schema").TryGetProperty("enum", out _)).Select(p => p.Operation));
        var idempotent = parameters.Where(p => p.Parameter.GetProperty("name").GetString() == "Idempotency-Key").ToList();
        Assert.NotEmpty(idempotent);
        Assert.All(idempotent, p => Assert.Contains("same key", Text(p.Parameter, "description") ?? ""));
        Assert.Empty(parameters.Where(p => p.Parameter.GetProperty("name").GetString() is "cursor" or "limit" && Text(p.Parameter, "description") is null)
            .Select(p => p.Operation));
    }

    [Fact]
    public void No_list_answers_a_bare_array_and_the_page_and_problem_shapes_are_described()
    {
        var reports = fixture.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ReportEndpoint>() is not null).Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).ToHashSet();
        var bare = from o in Operations
                   where o.Method == "GET" && !reports.Contains(o.Path)
                   let ok = o.Operation.GetProperty("responses").TryGetProperty("200", out var r) ? r : default
                   where ok.ValueKind == JsonValueKind.Object && ok.TryGetProperty("content", out var c) && c.TryGetProperty("application/json", out var json)
                       && fixture.Documents.Resolve(o.Document, json.GetProperty("schema")) is var schema
                       && schema.TryGetProperty("type", out var type) && type.GetRawText().Contains("array")
                   select Name(o);
        Assert.Empty(bare);

        var shared = fixture.Documents.ByName.SelectMany(d => d.Value.TryGetProperty("components", out var c) && c.TryGetProperty("schemas", out var s)
            ? s.EnumerateObject().Where(x => x.Name.StartsWith("PageOf", StringComparison.Ordinal) || x.Name == "Problem").Select(x => (d.Key, x))
            : []).ToList();
        Assert.Contains(shared, s => s.x.Name == "Problem");
        Assert.Contains(shared, s => s.x.Name.StartsWith("PageOf", StringComparison.Ordinal));
        var undescribed = from s in shared
                          from p in s.x.Value.GetProperty("properties").EnumerateObject()
                          where Text(p.Value, "description") is null
                          select $"{s.Key} {s.x.Name}.{p.Name}";
        Assert.Empty(undescribed);
    }

    private static string Name((string Document, string Path, string Method, JsonElement Operation) o) => $"{o.Method} {o.Path}";

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length > 0
            ? value.GetString() : null;

    private static IEnumerable<JsonElement> Parameters(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var p) ? p.EnumerateArray() : [];

    /// <summary>Every <c>type</c> in a document with where it is.</summary>
    private static IEnumerable<(string Where, List<string> Types)> Types(JsonElement element, string where)
    {
        if (element.ValueKind == JsonValueKind.Object)
            foreach (var p in element.EnumerateObject())
            {
                if (p.Name == "type" && p.Value.ValueKind == JsonValueKind.Array)
                    yield return (where, p.Value.EnumerateArray().Select(t => t.GetString()!).ToList());
                foreach (var inner in Types(p.Value, $"{where}/{p.Name}")) yield return inner;
            }
        else if (element.ValueKind == JsonValueKind.Array)
            foreach (var (item, i) in element.EnumerateArray().Select((x, i) => (x, i)))
                foreach (var inner in Types(item, $"{where}/{i}")) yield return inner;
    }
}
