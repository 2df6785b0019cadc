namespace Linkage.Gateway.Problems;

public static class ProblemExtensions
{
    public static IServiceCollection AddGatewayProblems(this IServiceCollection services)
    {
        services.AddProblemDetails();
        return services;
    }
}
