using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Linkage.ServiceDefaults.OpenApi;

/// <summary>The <c>Idempotency-Key</c> header, where an endpoint reads it, explained once for all of them.</summary>
public static class IdempotencyKeyHeader
{
    public const string Name = "Idempotency-Key";

    public static Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (!string.Equals(parameter.Name, Name, StringComparison.OrdinalIgnoreCase) || parameter.In != ParameterLocation.Header) continue;
            parameter.Description = "A key the client makes up per intended write (a UUID, at most 100 characters). Sending the same "
                + "request again with the same key — after a timeout or a 503 — answers the first result instead of writing twice; "
                + "the same key with a different body is a 422 naming `Idempotency-Key`.";
            parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 100, Examples = [System.Text.Json.Nodes.JsonValue.Create("5f0c6a1e-3b7d-4a51-9a0e-2f7c1d9b8e41")] };
        }
        return Task.CompletedTask;
    }
}
