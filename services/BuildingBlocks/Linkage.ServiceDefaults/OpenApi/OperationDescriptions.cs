using System.Text;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Linkage.ServiceDefaults.OpenApi;

/// <summary>An operation's description: its summary, then who may call it and how it pages, from its metadata.</summary>
public static class OperationDescriptions
{
    public static Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var text = new StringBuilder(operation.Description ?? operation.Summary ?? "");
        var roles = EndpointFacts.Roles(context);
        text.Append(EndpointFacts.Anonymous(context) ? "\n\nPublic: no token needed."
            : roles.Count > 0 ? $"\n\nFor callers with one of the roles {string.Join(", ", roles.Select(r => $"`{r}`"))}; records outside their tier subtree answer 404."
            : "\n\nFor any signed-in caller; only what their tier subtree and role allow is visible, anything else answers 404.");
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<Paging.PagedEndpoint>().Any())
            text.Append("\n\nA page: `items`, and `nextCursor` while more follow (pass it as `cursor` with the same filters).");
        operation.Description = text.ToString().Trim();
        return Task.CompletedTask;
    }
}
