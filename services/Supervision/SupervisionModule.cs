using Linkage.Messaging;
using Linkage.ServiceDefaults.Modules;
using Linkage.ServiceDefaults.Persistence;
using Linkage.Supervision.Features.Alerts;
using Linkage.Supervision.Features.GetCase;
using Linkage.Supervision.Features.Stats;
using Linkage.Supervision.Messaging;
using Linkage.Supervision.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Supervision;

/// <summary>Electronic supervision (电子监察): every case against its committed due date, warnings before it,
/// alarms after it, and the published on-time figures.</summary>
public sealed class SupervisionModule : ILinkageModule
{
    public string Name => "supervision";

    public string PathPrefix => "/api/supervision";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<SupervisionDbContext>(configuration, Name, SupervisionDbContext.SchemaName);
        services.AddSingleton(SupervisionSettings.From(configuration).AlertRule());
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddModuleConsumer<CaseAcceptedConsumer>(Name);
        bus.AddModuleConsumer<CaseCompletedConsumer>(Name);
        bus.AddModuleConsumer<ReviewOpenedConsumer>(Name);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(PathPrefix).WithTags("Supervision");
        GetSupervisedCaseEndpoint.Map(api);
        GetStatsEndpoint.Map(api);
        GetAlertsEndpoint.Map(api);
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken ct) =>
        services.MigrateModuleAsync<SupervisionDbContext>(ct);
}
