using Linkage.Certificates.Features.DeliverCertificate;
using Linkage.Certificates.Features.GetCertificate;
using Linkage.Certificates.Features.ReissueCertificate;
using Linkage.Certificates.Features.RevokeCertificate;
using Linkage.Certificates.Features.IssueCertificate;
using Linkage.Certificates.Features.ListCertificates;
using Linkage.Certificates.Features.PrintCertificate;
using Linkage.Certificates.Features.PublishedKeys;
using Linkage.Certificates.Features.RotateKey;
using Linkage.Certificates.Features.StationDelivery;
using Linkage.Contracts.Federation;
using Linkage.Messaging;
using Linkage.Certificates.Signing;
using Linkage.Certificates.Features.VerifyCertificate;
using Linkage.Certificates.Grpc;
using Linkage.Certificates.Messaging;
using Linkage.Certificates.Persistence;
using Linkage.Contracts.Catalog.V1;
using Linkage.Documents;
using Linkage.ServiceDefaults.Caching;
using Linkage.ServiceDefaults.Catalog;
using Linkage.ServiceDefaults.Grpc;
using Linkage.ServiceDefaults.Modules;
using Linkage.ServiceDefaults.Office;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Certificates;

/// <summary>Electronic licences (电子证照): issued when an approved matter produces one, GB/T 36904 identifiers,
/// scoped reads and public verification.</summary>
public sealed class CertificatesModule() : LinkageModule<CertificatesDbContext>("certificates", "/api/certificates", CertificatesDbContext.SchemaName)
{
    protected override void AddModuleServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddCatalogLookup(configuration);
        services.AddSingleton<SerialReservations>().AddScoped<CertificateIssuer>();
        services.AddScoped<GetCertificateHandler>().AddScoped<VerifyCertificateHandler>().AddScoped<RevokeCertificateHandler>();
        services.AddProcessCache().AddSingleton<KeyVault>().AddSingleton<SealSigners>().AddSingleton<FirstKeys>().AddScoped<SigningKeys>().AddScoped<SealVerifier>();
        services.AddPrintableDocuments(configuration);
        services.AddWindowPowers(configuration);
        services.AddFederationHandler<CertificateForStation, CertificateForStationHandler>(CertificateForStation.Type, (_, s) => s.HandlingDivision);
        services.AddFederationHandler<CertificateHandedOver, CertificateHandedOverHandler>(CertificateHandedOver.Type, (_, h) => h.StationDivision);
        services.AddFederationHandler<CertificateStatusChanged, CertificateStatusChangedHandler>(CertificateStatusChanged.Type, (_, c) => c.HandlingDivision);
    }

    protected override void AddModuleConsumers(ModuleConsumers consumers)
    {
        consumers.Add<CaseApprovedConsumer>();
        consumers.Add<LicenceDueConsumer>();
        consumers.Add<ReviewOpenedConsumer>();
    }

    protected override void MapApi(RouteGroupBuilder api)
    {
        ListCertificatesEndpoint.Map(api);
        VerifyCertificateEndpoint.Map(api);
        GetCertificateEndpoint.Map(api);
        PublishedKeysEndpoint.Map(api);
        RotateKeyEndpoint.Map(api);
        RevokeCertificateEndpoint.Map(api);
        ReissueCertificateEndpoint.Map(api);
        DeliverCertificateEndpoints.Map(api);
        PrintCertificateEndpoint.Map(api);
    }

    protected override void MapOutsideApi(IEndpointRouteBuilder endpoints) => endpoints.MapCallerGrpcService<CertificatesGrpcService>();
}
