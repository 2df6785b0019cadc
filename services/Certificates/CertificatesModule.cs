using Linkage.Certificates.Features.DeliverCertificate;
using Linkage.Certificates.Features.GetCertificate;
using Linkage.Certificates.Features.ReissueCertificate;
using Linkage.Certificates.Features.RevokeCertificate;
using Linkage.Certificates.Features.IssueCertificate;
using Linkage.Certificates.Features.ListCertificates;
using Linkage.Certificates.Features.PrintCertificate;
using Linkage.Certificates.Features.PublishedKeys;
using Linkage.Certificates.Features.RotateKey;
using Linkage.Certificates.Signing;
using Linkage.Certificates.Features.VerifyCertificate;
using Linkage.Certificates.Grpc;
using Linkage.Certificates.Messaging;
using Linkage.Certificates.Persistence;
using Linkage.Contracts.Catalog.V1;
using Linkage.Documents;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Catalog;
using Linkage.ServiceDefaults.Grpc;
using Linkage.ServiceDefaults.Modules;
using Linkage.ServiceDefaults.Office;
using Linkage.ServiceDefaults.Persistence;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Certificates;

/// <summary>Electronic licences (电子证照): issued when an approved matter produces one, GB/T 36904 identifiers,
/// scoped reads and public verification.</summary>
public sealed class CertificatesModule : ILinkageModule
{
    public string Name => "certificates";

    public string PathPrefix => "/api/certificates";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CertificatesDbContext>(configuration, Name, CertificatesDbContext.SchemaName);
        services.AddCatalogLookup(configuration);
        services.AddScoped<CertificateIssuer>();
        services.AddScoped<GetCertificateHandler>().AddScoped<VerifyCertificateHandler>().AddScoped<RevokeCertificateHandler>();
        services.AddSingleton<KeyVault>().AddScoped<SigningKeys>().AddScoped<SealVerifier>();
        services.AddPrintableDocuments(configuration);
        services.AddWindowPowers(configuration);
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddModuleConsumer<CaseApprovedConsumer>(Name);
        bus.AddModuleConsumer<ReviewOpenedConsumer>(Name);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(PathPrefix).WithTags("Certificates");
        ListCertificatesEndpoint.Map(api);
        VerifyCertificateEndpoint.Map(api);
        GetCertificateEndpoint.Map(api);
        PublishedKeysEndpoint.Map(api);
        RotateKeyEndpoint.Map(api);
        RevokeCertificateEndpoint.Map(api);
        ReissueCertificateEndpoint.Map(api);
        DeliverCertificateEndpoints.Map(api);
        PrintCertificateEndpoint.Map(api);
        endpoints.MapGrpcService<CertificatesGrpcService>();
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken ct) =>
        services.MigrateModuleAsync<CertificatesDbContext>(ct);
}
