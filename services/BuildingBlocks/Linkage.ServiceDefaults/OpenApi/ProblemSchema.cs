using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Linkage.ServiceDefaults.OpenApi;

/// <summary>The RFC 7807 body of every error, with the <c>errors</c> map by field and the trace id.</summary>
public static class ProblemSchema
{
    public static OpenApiSchema Create() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 7807 problem details.",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = Text("A URI naming the kind of problem.", "https://tools.ietf.org/html/rfc4918#section-11.2"),
            ["title"] = Text("A short summary of the problem.", "The request is not valid."),
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status.", Examples = [422] },
            ["detail"] = Text("What went wrong in this request.", "Case 7d0b… was not found."),
            ["instance"] = Text("The request path.", "/api/intake/cases"),
            ["traceId"] = Text("The trace id to quote to the operators.", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"),
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "The failing fields (camelCase paths), each with its messages.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                Examples = [new JsonObject { ["limit"] = new JsonArray("A whole number from 1 to 500.") }],
            },
        },
    };

    private static OpenApiSchema Text(string description, string example) =>
        new() { Type = JsonSchemaType.String, Description = description, Examples = [example] };
}
