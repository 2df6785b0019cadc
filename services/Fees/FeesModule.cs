using Linkage.Documents;
using Linkage.Fees.Features.Assess;
using Linkage.Fees.Features.Gate;
using Linkage.Fees.Features.Pay;
using Linkage.Fees.Features.Receipts;
using Linkage.Fees.Features.Reconcile;
using Linkage.Fees.Features.Refunds;
using Linkage.Fees.Messaging;
using Linkage.Fees.Persistence;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Catalog;
using Linkage.ServiceDefaults.Modules;
using Linkage.ServiceDefaults.Persistence;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Fees;

/// <summary>Fees at one window (一窗收费): each case's fee from its implementation entry, with reliefs and waivers;
/// payment at the window or online; receipts, refunds and each department's daily reconciliation; and the gate
/// intake asks before an approved case completes.</summary>
public sealed class FeesModule : ILinkageModule
{
    public string Name => "fees";

    public string PathPrefix => "/api/fees";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<FeesDbContext>(configuration, Name, FeesDbContext.SchemaName);
        services.AddCatalogLookup(configuration);
        services.AddPrintableDocuments(configuration);
        services.AddSingleton(FeesSettings.Signature(configuration));
        services.AddScoped<FeeAssessor>().AddScoped<PaymentRecorder>();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddModuleConsumer<CaseAcceptedConsumer>(Name);
        bus.AddModuleConsumer<CaseApprovedConsumer>(Name);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(PathPrefix).WithTags("Fees");
        GetFeeEndpoint.Map(api);
        ListFeesEndpoint.Map(api);
        ReliefEndpoint.Map(api);
        WaiveEndpoint.Map(api);
        WindowPaymentEndpoint.Map(api);
        OnlineCallbackEndpoint.Map(api);
        StartOnlinePaymentEndpoint.Map(api);
        ReceiptEndpoint.Map(api);
        RefundEndpoint.Map(api);
        ReconcileEndpoint.Map(api);
        endpoints.MapGrpcService<FeeGateService>().AllowAnonymous();
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken ct) =>
        services.MigrateModuleAsync<FeesDbContext>(ct);
}
