using Linkage.Hall.Features.Configure;
using Linkage.Hall.Features.Display;
using Linkage.Hall.Features.Stats;
using Linkage.Hall.Features.TakeTicket;
using Linkage.Hall.Features.Windows;
using Linkage.Hall.Messaging;
using Linkage.Hall.Persistence;
using Linkage.Hall.Persistence.Seed;
using Linkage.ServiceDefaults.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Hall;

/// <summary>The service hall (办事大厅): queue tickets per centre and day (叫号), appointments redeemed with priority
/// at their slot, windows authorised for service areas, the public called-number screen, and window times for
/// supervision (decision 0450).</summary>
public sealed class HallModule() : LinkageModule<HallDbContext>("hall", "/api/hall", HallDbContext.SchemaName), ISeedsDemoData
{
    protected override void AddModuleServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<HallSeeder>();
    }

    protected override void AddModuleConsumers(ModuleConsumers consumers)
    {
        consumers.Add<AppointmentBookedConsumer>();
        consumers.Add<AppointmentCancelledConsumer>();
    }

    protected override void MapApi(RouteGroupBuilder api)
    {
        ConfigureEndpoints.Map(api);
        TakeTicketEndpoint.Map(api);
        WindowEndpoints.Map(api);
        DisplayEndpoint.Map(api);
        ListAreasEndpoint.Map(api);
        WindowStatsEndpoint.Map(api);
    }

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<HallSeeder>().SeedAsync(ct);
    }
}
