using Linkage.Contracts.Federation;
using Linkage.Documents;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Audit;
using Linkage.ServiceDefaults.Grpc;
using Linkage.ServiceDefaults.Hosting;
using Linkage.ServiceDefaults.Modules;
using Linkage.Supervision.Features.Alarms;
using Linkage.Supervision.Features.Alerts;
using Linkage.Supervision.Features.Assessment;
using Linkage.Supervision.Features.GetCase;
using Linkage.Supervision.Features.InvestmentProjects;
using Linkage.Supervision.Features.KeyProjects;
using Linkage.Supervision.Features.Orders;
using Linkage.Supervision.Features.RollUp;
using Linkage.Supervision.Features.Rules;
using Linkage.Supervision.Features.Stats;
using Linkage.Supervision.Features.Sweep;
using Linkage.Supervision.Grpc;
using Linkage.Supervision.Messaging;
using Linkage.Supervision.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Supervision;

/// <summary>Electronic supervision (电子监察): every case against its committed due date, warnings before it,
/// alarms after it, and the published on-time figures.</summary>
public sealed class SupervisionModule() : LinkageModule<SupervisionDbContext>("supervision", "/api/supervision", SupervisionDbContext.SchemaName)
{
    protected override void AddModuleServices(IServiceCollection services, IConfiguration configuration)
    {
        var settings = SupervisionSettings.From(configuration);
        services.AddSingleton(settings.AlertRule()).AddSingleton(settings.DefaultRules()).AddSingleton<RuleBooks>();
        services.AddPrintableDocuments(configuration);
        services.AddScoped<GetStatsHandler>().AddScoped<GetAlertsHandler>();
        services.AddScoped<DeadlineSweep>().AddScoped<MilestoneSweep>().AddScoped<ProjectTargetSweep>().AddScoped<OrderEscalationSweep>().AddHostedService<DeadlineSweepService>();
        services.AddFederationHandler<AuditHeadSigned, AuditHeadHandler>(AuditHeadSigned.Type, (_, head) => head.OriginDivision);
        services.AddFederationHandler<CountsRolledUp, CountsRolledUpHandler>(CountsRolledUp.Type, (_, row) => row.HandlingDivision);
        services.AddFederationHandler<StateRolledUp, StateRolledUpHandler>(StateRolledUp.Type, (_, row) => row.HandlingDivision);
        services.AddSweep<CountsRollUp>().AddSweep<StateRollUp>().AddSweep<CountFold>();
    }

    protected override void AddModuleConsumers(ModuleConsumers consumers)
    {
        consumers.Add<CaseSubmittedConsumer>();
        consumers.Add<MaterialsRequestedConsumer>();
        consumers.Add<CaseRefusedConsumer>();
        consumers.Add<CaseAcceptedConsumer>();
        consumers.Add<CaseApprovedConsumer>();
        consumers.Add<SignOffAwaitedConsumer>();
        consumers.Add<CertificateIssuedConsumer>();
        consumers.Add<LicenceDueConsumer>();
        consumers.Add<CertificateDeliveredConsumer>();
        consumers.Add<CaseCompletedConsumer>();
        consumers.Add<ReviewOpenedConsumer>();
        consumers.Add<DepartmentDecidedConsumer>();
        consumers.Add<ClockStoppedConsumer>();
        consumers.Add<ClockResumedConsumer>();
        consumers.Add<DeadlineExtendedConsumer>();
        consumers.Add<CaseRatedConsumer>();
        consumers.Add<CaseRejectedConsumer>();
        // Ratings' rectification loop, for the 千分制 assessment
        consumers.Add<RectificationClosedConsumer>();
        consumers.Add<RectificationOverdueConsumer>();
        consumers.Add<ReturnVisitOverdueConsumer>();
        consumers.Add<FeeReconciliationMismatchConsumer>();
        consumers.Add<NegativeDecisionUnfiledConsumer>();
        consumers.Add<FederationEventQuarantinedConsumer>();
        consumers.Add<FederationEventDeadLetteredConsumer>();
        consumers.Add<FederationEventRecoveredConsumer>();
    }

    protected override void MapApi(RouteGroupBuilder api)
    {
        GetSupervisedCaseEndpoint.Map(api);
        GetStatsEndpoint.Map(api);
        GetBreakdownEndpoint.Map(api);
        GetRolledUpStateEndpoint.Map(api);
        GetAlertsEndpoint.Map(api);
        ListAlarmsEndpoint.Map(api);
        AlarmActionEndpoints.Map(api);
        RulesEndpoints.Map(api);
        IssueOrderEndpoint.Map(api);
        ReplyOrderEndpoint.Map(api);
        OrderQueryEndpoints.Map(api);
        AssessmentRulesEndpoints.Map(api);
        RunAssessmentEndpoint.Map(api);
        GetAssessmentEndpoint.Map(api);
        GetRankingsEndpoint.Map(api);
        MarkKeyProjectEndpoint.Map(api);
        ListKeyProjectsEndpoint.Map(api);
        RegisterInvestmentProjectEndpoint.Map(api);
        LinkProjectCasesEndpoint.Map(api);
        InvestmentProjectQueryEndpoints.Map(api);
    }

    protected override void MapOutsideApi(IEndpointRouteBuilder endpoints)
    {
        AuditQueryEndpoint.Map<SupervisionDbContext>(endpoints);
        endpoints.MapCallerGrpcService<SupervisionGrpcService>();
    }
}
