using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.ServiceDefaults.Problems;

public static class ProblemsExtensions
{
    public static IServiceCollection AddLinkageProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
            c.ProblemDetails.Extensions.TryAdd("traceId", c.HttpContext.TraceIdentifier));
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<DependencyDownHandler>();
        services.AddExceptionHandler<LostSaveHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }
}
