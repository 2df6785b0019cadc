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
using Linkage.Messaging;
using Linkage.ServiceDefaults.Catalog;
using Linkage.ServiceDefaults.Grpc;
using Linkage.ServiceDefaults.Modules;
using Linkage.ServiceDefaults.Office;
using Linkage.ServiceDefaults.Persistence;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Approval;

/// <summary>Parallel approval (并联审批): a review plan per accepted case, one task per department, joined from the rows.</summary>
public sealed class ApprovalModule : ILinkageModule
{
    public string Name => "approval";

    public string PathPrefix => "/api/approval";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ApprovalDbContext>(configuration, Name, ApprovalDbContext.SchemaName);
        services.AddCatalogLookup(configuration);
        services.Configure<ReviewRulesOptions>(configuration.GetSection("Linkage:Approval"));
        services.AddSingleton<ReviewPlanner>().AddScoped<DecideTaskHandler>().AddScoped<ListTasksHandler>();
        services.AddWindowPowers(configuration);
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddModuleConsumer<CaseAcceptedConsumer>(Name);
        bus.AddModuleConsumer<MaterialsSuppliedConsumer>(Name);
        bus.AddModuleConsumer<VideoReviewConcludedConsumer>(Name);
        bus.AddModuleConsumer<KeyProjectMarkedConsumer>(Name);
        bus.AddModuleConsumer<RecordingStoredConsumer>(Name);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(PathPrefix).WithTags("Approval");
        ListTasksEndpoint.Map(api);
        GetReviewCaseEndpoint.Map(api);
        GetTimelineEndpoint.Map(api);
        DecideTaskEndpoint.Map(api);
        endpoints.MapGrpcService<ApprovalGrpcService>();
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken ct) =>
        services.MigrateModuleAsync<ApprovalDbContext>(ct);
}
