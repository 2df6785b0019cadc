using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.OpenApi;

namespace Linkage.ServiceDefaults.OpenApi;

/// <summary>What the transformers read off an endpoint's metadata.</summary>
public static class EndpointFacts
{
    public static bool Anonymous(OpenApiOperationTransformerContext context) =>
        context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();

    public static IReadOnlyList<string> Roles(OpenApiOperationTransformerContext context) =>
        context.Description.ActionDescriptor.EndpointMetadata.OfType<AuthorizationPolicy>()
            .SelectMany(p => p.Requirements.OfType<RolesAuthorizationRequirement>()).SelectMany(r => r.AllowedRoles)
            .Concat(context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>()
                .SelectMany(a => a.Roles?.Split(',', StringSplitOptions.TrimEntries) ?? []))
            .Distinct().ToList();

    public static bool Writes(OpenApiOperationTransformerContext context) =>
        context.Description.HttpMethod is "POST" or "PUT" or "PATCH" or "DELETE";
}
