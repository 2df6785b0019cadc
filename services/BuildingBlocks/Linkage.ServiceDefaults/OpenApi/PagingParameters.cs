using Linkage.ServiceDefaults.Paging;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Linkage.ServiceDefaults.OpenApi;

/// <summary><c>cursor</c> and <c>limit</c> on every list (<see cref="PagedEndpoint"/>): the parameter type binds
/// them itself, so the generator cannot see them.</summary>
public static class PagingParameters
{
    public static Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<PagedEndpoint>().Any()) return Task.CompletedTask;
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "cursor",
            In = ParameterLocation.Query,
            Description = "The `nextCursor` of the previous page, unchanged (opaque and signed; only valid with the same filters). Leave it out for the first page.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "limit",
            In = ParameterLocation.Query,
            Description = $"Items per page, 1 to {PageLimits.Max} (default {PageLimits.Default}).",
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.Integer,
                Format = "int32",
                Minimum = "1",
                Maximum = PageLimits.Max.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Default = PageLimits.Default,
            },
        });
        return Task.CompletedTask;
    }
}
