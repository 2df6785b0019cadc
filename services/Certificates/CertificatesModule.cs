using Linkage.Certificates.Persistence;
using Linkage.ServiceDefaults.Modules;
using Linkage.ServiceDefaults.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Certificates;

public sealed class CertificatesModule : ILinkageModule
{
    public string Name => "certificates";

    public string PathPrefix => "/api/certificates";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CertificatesDbContext>(configuration, Name, CertificatesDbContext.SchemaName);
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(PathPrefix).WithTags("Certificates");
        _ = api;
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken ct) =>
        services.MigrateModuleAsync<CertificatesDbContext>(ct);
}
