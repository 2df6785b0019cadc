using System.Reflection;
using Linkage.ServiceDefaults.Events;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Security.Tests.Endpoints;

/// <summary>The REST endpoints of the real host, read from its <see cref="EndpointDataSource"/>: every <c>/api/</c>
/// route but the OpenAPI documents and the AsyncAPI event catalogue (documents about the API, public and not in
/// any OpenAPI document), so an endpoint added to any module is in both suites without being listed.</summary>
public static class EndpointTable
{
    public static IReadOnlyList<ApiEndpoint> Of(IServiceProvider services)
    {
        var isService = services.GetRequiredService<IServiceProviderIsService>();
        return services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => Read(e, isService))
            .Where(e => e is not null && e.Pattern.StartsWith("/api/", StringComparison.Ordinal) && !e.Pattern.EndsWith("openapi.json", StringComparison.Ordinal)
                && e.Pattern != EventCatalogueEndpoint.Path)
            .Select(e => e!)
            .OrderBy(e => e.Pattern, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)
            .ToList();
    }

    private static ApiEndpoint? Read(RouteEndpoint endpoint, IServiceProviderIsService isService)
    {
        var method = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.SingleOrDefault();
        if (method is null) return null;
        var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/').TrimEnd('/');
        var routeNames = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToList();
        var parameters = endpoint.Metadata.GetMetadata<MethodInfo>()?.GetParameters() ?? [];
        var body = parameters.FirstOrDefault(p => IsBody(p, routeNames, isService))?.ParameterType;
        var query = parameters.Where(p => IsQuery(p, routeNames)).ToList();
        var roles = endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>()
            .SelectMany(p => p.Requirements.OfType<Microsoft.AspNetCore.Authorization.Infrastructure.RolesAuthorizationRequirement>())
            .SelectMany(r => r.AllowedRoles).Distinct().ToList();
        return new ApiEndpoint(method, pattern, routeNames, query, body, roles, endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null);
    }

    private static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(Guid) || t == typeof(DateOnly) || t == typeof(TimeOnly)
            || t == typeof(DateTimeOffset) || t == typeof(DateTime) || t == typeof(decimal);
    }

    private static bool IsQuery(ParameterInfo p, List<string> route) =>
        IsSimple(p.ParameterType) && !route.Contains(p.Name!, StringComparer.OrdinalIgnoreCase)
        && p.GetCustomAttribute<FromHeaderAttribute>() is null && p.ParameterType != typeof(CancellationToken);

    /// <summary>As minimal APIs bind: a complex type that is neither the context, a token, a registered service nor bound by its own BindAsync.</summary>
    private static bool IsBody(ParameterInfo p, List<string> route, IServiceProviderIsService isService) =>
        !IsSimple(p.ParameterType) && !route.Contains(p.Name!, StringComparer.OrdinalIgnoreCase)
        && !typeof(HttpContext).Assembly.Equals(p.ParameterType.Assembly) && p.ParameterType != typeof(CancellationToken)
        && p.ParameterType != typeof(System.Security.Claims.ClaimsPrincipal) && !typeof(Stream).IsAssignableFrom(p.ParameterType) && !isService.IsService(p.ParameterType)
        && p.ParameterType.GetMethod("BindAsync", BindingFlags.Public | BindingFlags.Static) is null; // binds itself from the query (PageRequest)
}
