using Linkage.Approval.Features.DecideTask;
using Linkage.Approval.Domain;
using Linkage.Approval.Features.GetReviewCase;
using Linkage.Approval.Features.GetTimeline;
using Linkage.Approval.Features.ListTasks;
using Linkage.Approval.Features.OpenReview;
using Linkage.Approval.Grpc;
using Linkage.Approval.Messaging;
using Linkage.Approval.Persistence;
using Linkage.Contracts.Catalog.V1;
using Linkage.ServiceDefaults.Catalog;
using Linkage.ServiceDefaults.Grpc;
using Linkage.ServiceDefaults.Modules;
using Linkage.ServiceDefaults.Office;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Approval;

/// <summary>Parallel approval (并联审批): a review plan per accepted case, one task per department, joined from the rows.</summary>
public sealed class ApprovalModule() : LinkageModule<ApprovalDbContext>("approval", "/api/approval", ApprovalDbContext.SchemaName)
{
    protected override void AddModuleServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddCatalogLookup(configuration);
        services.Configure<ReviewRulesOptions>(configuration.GetSection("Linkage:Approval"));
        services.AddSingleton<ReviewPlanner>().AddScoped<DecideTaskHandler>().AddScoped<ListTasksHandler>();
        services.AddWindowPowers(configuration);
    }

    protected override void AddModuleConsumers(ModuleConsumers consumers)
    {
        consumers.Add<CaseAcceptedConsumer>();
        consumers.Add<MaterialsSuppliedConsumer>();
        consumers.Add<VideoReviewConcludedConsumer>();
        consumers.Add<KeyProjectMarkedConsumer>();
        consumers.Add<RecordingStoredConsumer>();
        consumers.Add<RejectionApprovedConsumer>();
        consumers.Add<RejectionReturnedConsumer>();
    }

    protected override void MapApi(RouteGroupBuilder api)
    {
        ListTasksEndpoint.Map(api);
        GetReviewCaseEndpoint.Map(api);
        GetTimelineEndpoint.Map(api);
        DecideTaskEndpoint.Map(api);
    }

    protected override void MapOutsideApi(IEndpointRouteBuilder endpoints) => endpoints.MapCallerGrpcService<ApprovalGrpcService>();
}
