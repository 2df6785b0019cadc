using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Linkage.ServiceDefaults.Auth;

/// <summary>A kiosk session reaches public endpoints and those marked <see cref="KioskAllowed"/>, nothing else: a
/// staff endpoint answers it 404 like any out-of-scope resource (never 403), before its handler runs, so a kiosk
/// token that leaks from a hall terminal cannot read or change anything staff can (decision 0452).</summary>
public sealed class KioskFence(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http)
    {
        var endpoint = http.GetEndpoint();
        if (endpoint is null || !http.User.IsInRole(Roles.Kiosk)
            || endpoint.Metadata.GetMetadata<KioskAllowed>() is not null
            || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            return next(http);
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        var problems = http.RequestServices.GetService(typeof(IProblemDetailsService)) as IProblemDetailsService;
        var details = new ProblemDetails { Status = 404, Title = "Not found", Detail = "This is not available at a self-service terminal." };
        return problems is null
            ? http.Response.WriteAsJsonAsync(details)
            : problems.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = details }).AsTask();
    }
}
