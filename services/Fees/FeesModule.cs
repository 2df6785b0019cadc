using Linkage.Documents;
using Linkage.Fees.Features.Assess;
using Linkage.Fees.Features.Gate;
using Linkage.Fees.Features.Pay;
using Linkage.Fees.Features.Receipts;
using Linkage.Fees.Features.Reconcile;
using Linkage.Fees.Features.Refunds;
using Linkage.Fees.Messaging;
using Linkage.Fees.Persistence;
using Linkage.ServiceDefaults.Catalog;
using Linkage.ServiceDefaults.Grpc;
using Linkage.ServiceDefaults.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Fees;

/// <summary>Fees at one window (一窗收费): each case's fee from its implementation entry, with reliefs and waivers;
/// payment at the window or online; receipts, refunds and each department's daily reconciliation; and the gate
/// intake asks before an approved case completes.</summary>
public sealed class FeesModule() : LinkageModule<FeesDbContext>("fees", "/api/fees", FeesDbContext.SchemaName)
{
    protected override void AddModuleServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddCatalogLookup(configuration);
        services.AddPrintableDocuments(configuration);
        services.AddSingleton(FeesSettings.Signature(configuration));
        services.AddScoped<FeeAssessor>().AddScoped<PaymentRecorder>();
    }

    protected override void AddModuleConsumers(ModuleConsumers consumers)
    {
        consumers.Add<CaseAcceptedConsumer>();
        consumers.Add<CaseApprovedConsumer>();
    }

    protected override void MapApi(RouteGroupBuilder api)
    {
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
        ListReconciliationsEndpoint.Map(api);
    }

    protected override void MapOutsideApi(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapModuleGrpcService<FeeGateService>();
    }
}
