using Linkage.Hall.Features.Configure;
using Linkage.Hall.Features.Display;
using Linkage.Hall.Features.Stats;
using Linkage.Hall.Features.TakeTicket;
using Linkage.Hall.Features.Windows;
using Linkage.Hall.Messaging;
using Linkage.Hall.Persistence;
using Linkage.Hall.Persistence.Seed;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Modules;
using Linkage.ServiceDefaults.Persistence;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Hall;

/// <summary>The service hall (办事大厅): queue tickets per centre and day (叫号), appointments redeemed with priority
/// at their slot, windows authorised for service areas, the public called-number screen, and window times for
/// supervision (decision 0450).</summary>
public sealed class HallModule : ILinkageModule, ISeedsDemoData
{
    public string Name => "hall";

    public string PathPrefix => "/api/hall";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<HallDbContext>(configuration, Name, HallDbContext.SchemaName);
        services.AddScoped<HallSeeder>();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddModuleConsumer<AppointmentBookedConsumer>(Name);
        bus.AddModuleConsumer<AppointmentCancelledConsumer>(Name);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(PathPrefix).WithTags("Hall");
        ConfigureEndpoints.Map(api);
        TakeTicketEndpoint.Map(api);
        WindowEndpoints.Map(api);
        DisplayEndpoint.Map(api);
        ListAreasEndpoint.Map(api);
        WindowStatsEndpoint.Map(api);
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken ct) =>
        services.MigrateModuleAsync<HallDbContext>(ct);

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<HallSeeder>().SeedAsync(ct);
    }
}
