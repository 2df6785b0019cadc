using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Linkage.ServiceDefaults.OpenApi;

/// <summary>The bearer scheme (a JWT from the deployment's OpenID provider) on every operation that is not public.</summary>
public static class BearerSecurity
{
    public const string Scheme = "bearer";

    public static Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var document = context.Document!;
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes.TryAdd(Scheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "An access token of the deployment's OpenID provider (audience `linkage`). Its `role`, `division`, "
                + "`org_unit` and `department` claims decide what the caller may see; anything outside that answers 404.",
        });
        if (EndpointFacts.Anonymous(context)) return Task.CompletedTask;
        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, document)] = [] }];
        return Task.CompletedTask;
    }
}
