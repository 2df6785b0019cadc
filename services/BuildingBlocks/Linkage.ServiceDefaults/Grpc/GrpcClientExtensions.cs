using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.ServiceDefaults.Grpc;

public static class GrpcClientExtensions
{
    /// <summary>A gRPC client for another module at <c>Linkage:Grpc:&lt;Module&gt;</c>, with a deadline on every call.</summary>
    public static IServiceCollection AddModuleGrpcClient<TClient>(
        this IServiceCollection services, IConfiguration configuration, string module, TimeSpan? deadline = null)
        where TClient : class
    {
        var address = configuration[$"Linkage:Grpc:{module}"]
            ?? throw new InvalidOperationException($"Linkage:Grpc:{module} (the {module} module's gRPC address) is not configured.");
        services.AddGrpcClient<TClient>(o => o.Address = new Uri(address))
            .AddInterceptor(() => new DeadlineInterceptor(deadline ?? TimeSpan.FromSeconds(5)));
        return services;
    }
}

/// <summary>Sets a deadline on calls that have none: no call between modules may wait forever.</summary>
public sealed class DeadlineInterceptor(TimeSpan deadline) : Interceptor
{
    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context,
        AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        if (context.Options.Deadline is null)
            context = new(context.Method, context.Host, context.Options.WithDeadline(DateTime.UtcNow.Add(deadline)));
        return continuation(request, context);
    }
}
