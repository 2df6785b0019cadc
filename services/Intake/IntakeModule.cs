using Linkage.Contracts.Catalog.V1;
using Linkage.Contracts.Federation;
using Linkage.Contracts.Fees.V1;
using Linkage.ServiceDefaults.Office;
using Linkage.Documents;
using Linkage.Intake.Features.Appointments;
using Linkage.Intake.Features.AcceptCase;
using Linkage.Intake.Features.CreditFlags;
using Linkage.Intake.Features.Documents;
using Linkage.Intake.Features.GetCase;
using Linkage.Intake.Features.ListCases;
using Linkage.Intake.Features.PreReview;
using Linkage.Intake.Features.RefuseCase;
using Linkage.Intake.Features.RequestMaterials;
using Linkage.Intake.Features.ProxyLedger;
using Linkage.Intake.Features.Shared;
using Linkage.Intake.Features.StatusLookup;
using Linkage.Intake.Features.SubmitCase;
using Linkage.Intake.Features.SupplyMaterials;
using Linkage.Intake.Features.Sweep;
using Linkage.Intake.Grpc;
using Linkage.Intake.Materials;
using Linkage.Intake.Messaging;
using Linkage.Intake.Persistence;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Catalog;
using Linkage.ServiceDefaults.Grpc;
using Linkage.ServiceDefaults.Hosting;
using Linkage.ServiceDefaults.Modules;
using Linkage.ServiceDefaults.Persistence;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Intake;

/// <summary>Intake (受理): one window, the two slips, village proxy agents, routing to the competent unit.</summary>
public sealed class IntakeModule : ILinkageModule
{
    public string Name => "intake";

    public string PathPrefix => "/api/intake";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<IntakeDbContext>(configuration, Name, IntakeDbContext.SchemaName);
        services.AddCatalogLookup(configuration);
        services.AddScoped<SubmitCaseValidator>().AddScoped<DestinationResolver>().AddScoped<BundleDestinationResolver>()
            .AddSingleton<TwoSlipDecision>();
        services.AddScoped<SubmitCaseHandler>().AddScoped<GetCaseHandler>().AddScoped<ListCasesHandler>().AddScoped<SupplyMaterialsHandler>().AddScoped<CreditRecords>().AddScoped<CaseSaves>().AddScoped<IdempotencyKeys>();
        services.AddScoped<IMaterialStore, PostgresMaterialStore>();
        services.AddScoped<IntakeSweep>().AddHostedService<SweepService<IntakeSweep>>();
        services.AddHostedService<SweepService<IdempotencyKeys>>();
        services.AddFederationHandler<CaseForwarded, CaseForwardedHandler>(CaseForwarded.Type, (_, f) => f.Acceptance.SubmittedAtDivision);
        services.AddFederationHandler<CaseStatusChanged, CaseStatusChangedHandler>(CaseStatusChanged.Type, (_, c) => c.HandlingDivision);
        services.AddPrintableDocuments(configuration);
        services.AddScoped<CompletionFeeGate>();
        if (!string.IsNullOrEmpty(configuration["Linkage:Grpc:Fees"])) services.AddModuleGrpcClient<FeeGate.FeeGateClient>(configuration, "Fees");
        services.AddScoped<OfficeRules>();
        services.AddWindowPowers(configuration);
        services.AddSingleton<StatusCodeKey>();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddModuleConsumer<CaseApprovedConsumer>(Name);
        bus.AddModuleConsumer<CaseRejectedConsumer>(Name);
        bus.AddModuleConsumer<SupplementRequestedConsumer>(Name);
        bus.AddModuleConsumer<ClockResumedConsumer>(Name);
        bus.AddModuleConsumer<DeadlineExtendedConsumer>(Name);
        bus.AddModuleConsumer<ReviewOpenedConsumer>(Name);
        bus.AddModuleConsumer<CertificateIssuedConsumer>(Name);
        bus.AddModuleConsumer<FeeClearedConsumer>(Name);
        bus.AddModuleConsumer<RefusalApprovedConsumer>(Name);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(PathPrefix).WithTags("Intake");
        SubmitCaseEndpoint.Map(api);
        GetCaseEndpoint.Map(api);
        ListCasesEndpoint.Map(api);
        AcceptCaseEndpoint.Map(api);
        RequestMaterialsEndpoint.Map(api);
        RefuseCaseEndpoint.Map(api);
        SupplyMaterialsEndpoint.Map(api);
        FlagCreditEndpoint.Map(api);
        UnflagCreditEndpoint.Map(api);
        PreReviewEndpoint.Map(api);
        BookAppointmentEndpoint.Map(api);
        ListAppointmentsEndpoint.Map(api);
        CancelAppointmentEndpoint.Map(api);
        AskEndpoint.Map(api);
        ArchiveLedgerEndpoint.Map(api);
        FollowUpLedgerEndpoint.Map(api);
        PublishLedgerEndpoint.Map(api);
        ListLedgerEndpoint.Map(api);
        CaseDocumentEndpoint.Map(api);
        IssueStatusCodeEndpoint.Map(api);
        LookUpStatusEndpoint.Map(api);
        endpoints.MapGrpcService<IntakeGrpcService>();
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken ct) =>
        services.MigrateModuleAsync<IntakeDbContext>(ct);
}
