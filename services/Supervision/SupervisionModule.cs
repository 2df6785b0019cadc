using Linkage.Contracts.Federation;
using Linkage.Documents;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Audit;
using Linkage.ServiceDefaults.Hosting;
using Linkage.ServiceDefaults.Modules;
using Linkage.ServiceDefaults.Persistence;
using Linkage.Supervision.Features.Alarms;
using Linkage.Supervision.Features.Alerts;
using Linkage.Supervision.Features.Assessment;
using Linkage.Supervision.Features.GetCase;
using Linkage.Supervision.Features.KeyProjects;
using Linkage.Supervision.Features.Orders;
using Linkage.Supervision.Features.RollUp;
using Linkage.Supervision.Features.Rules;
using Linkage.Supervision.Features.Stats;
using Linkage.Supervision.Features.Sweep;
using Linkage.Supervision.Grpc;
using Linkage.Supervision.Messaging;
using Linkage.Supervision.Persistence;
using MassTransit;
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
        var settings = SupervisionSettings.From(configuration);
        services.AddSingleton(settings.AlertRule()).AddSingleton(settings.DefaultRules());
        services.AddPrintableDocuments(configuration);
        services.AddScoped<GetStatsHandler>().AddScoped<GetAlertsHandler>();
        services.AddScoped<DeadlineSweep>().AddScoped<OrderEscalationSweep>().AddHostedService<DeadlineSweepService>();
        services.AddFederationHandler<AuditHeadSigned, AuditHeadHandler>(AuditHeadSigned.Type, (_, head) => head.OriginDivision);
        services.AddFederationHandler<CountsRolledUp, CountsRolledUpHandler>(CountsRolledUp.Type, (_, row) => row.HandlingDivision);
        services.AddScoped<CountsRollUp>().AddHostedService<SweepService<CountsRollUp>>();
        services.AddFederationHandler<StateRolledUp, StateRolledUpHandler>(StateRolledUp.Type, (_, row) => row.HandlingDivision);
        services.AddScoped<StateRollUp>().AddHostedService<SweepService<StateRollUp>>();
        services.AddScoped<CountFold>().AddHostedService<SweepService<CountFold>>();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddModuleConsumer<CaseAcceptedConsumer>(Name);
        bus.AddModuleConsumer<CaseCompletedConsumer>(Name);
        bus.AddModuleConsumer<ReviewOpenedConsumer>(Name);
        bus.AddModuleConsumer<DepartmentDecidedConsumer>(Name);
        bus.AddModuleConsumer<ClockStoppedConsumer>(Name);
        bus.AddModuleConsumer<ClockResumedConsumer>(Name);
        bus.AddModuleConsumer<DeadlineExtendedConsumer>(Name);
        bus.AddModuleConsumer<CaseRatedConsumer>(Name);
        bus.AddModuleConsumer<CaseRejectedConsumer>(Name);
        // Ratings' rectification loop, for the 千分制 assessment
        bus.AddModuleConsumer<RectificationClosedConsumer>(Name);
        bus.AddModuleConsumer<RectificationOverdueConsumer>(Name);
        bus.AddModuleConsumer<ReturnVisitOverdueConsumer>(Name);
        bus.AddModuleConsumer<FeeReconciliationMismatchConsumer>(Name);
        bus.AddModuleConsumer<NegativeDecisionUnfiledConsumer>(Name);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(PathPrefix).WithTags("Supervision");
        AuditQueryEndpoint.Map<SupervisionDbContext>(endpoints);
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
        endpoints.MapGrpcService<SupervisionGrpcService>();
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken ct) =>
        services.MigrateModuleAsync<SupervisionDbContext>(ct);
}
