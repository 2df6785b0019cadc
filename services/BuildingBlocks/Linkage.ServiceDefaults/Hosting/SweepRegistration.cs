using Microsoft.Extensions.DependencyInjection;

namespace Linkage.ServiceDefaults.Hosting;

public static class SweepRegistration
{
    /// <summary>A scoped sweep and the <see cref="SweepService{TSweep}"/> that runs it.</summary>
    public static IServiceCollection AddSweep<TSweep>(this IServiceCollection services) where TSweep : class, ISweep =>
        services.AddScoped<TSweep>().AddHostedService<SweepService<TSweep>>();
}
