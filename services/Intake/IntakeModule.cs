using Linkage.Intake.Persistence;
using Linkage.ServiceDefaults.Modules;
using Linkage.ServiceDefaults.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Intake;

public sealed class IntakeModule : ILinkageModule
{
    public string Name => "intake";

    public string PathPrefix => "/api/intake";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<IntakeDbContext>(configuration, Name, IntakeDbContext.SchemaName);
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(PathPrefix).WithTags("Intake");
        _ = api;
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken ct) =>
        services.MigrateModuleAsync<IntakeDbContext>(ct);
}
