using Linkage.Office.Features.Authorisation;
using Linkage.Office.Features.Enquiries;
using Linkage.Office.Features.Filings;
using Linkage.Office.Features.Gate;
using Linkage.Office.Features.Posts;
using Linkage.Office.Features.Rules;
using Linkage.Office.Messaging;
using Linkage.Office.Persistence;
using Linkage.Office.Persistence.Seed;
using Linkage.ServiceDefaults.Catalog;
using Linkage.ServiceDefaults.Hosting;
using Linkage.ServiceDefaults.Grpc;
using Linkage.ServiceDefaults.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Office;

/// <summary>The centre's office rules as enforced workflow (issue 18 item 4, decision 0500): 否定报备 filings (approval
/// first or reported, unfiled ones told to supervision), window posts with A and B and a day-off calendar (AB角),
/// the enquiry desk's trail (首问负责), and each department's window authorisation (窗口授权) that intake asks for.</summary>
public sealed class OfficeModule() : LinkageModule<OfficeDbContext>("office", "/api/office", OfficeDbContext.SchemaName), ISeedsDemoData
{
    protected override void AddModuleServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddCatalogLookup(configuration);
        services.AddSweep<FilingSweep>();
        services.AddScoped<OfficeSeeder>();
    }

    protected override void AddModuleConsumers(ModuleConsumers consumers)
    {
        consumers.Add<RefusalProposedConsumer>();
        consumers.Add<CaseRefusedConsumer>();
        consumers.Add<MaterialsRequestedConsumer>();
        consumers.Add<CaseRejectedConsumer>();
        consumers.Add<RejectionProposedConsumer>();
    }

    protected override void MapApi(RouteGroupBuilder api)
    {
        RulesEndpoints.Map(api);
        GrantEndpoint.Map(api);
        Features.Authorisation.ReportEndpoint.Map(api);
        ListFilingsEndpoint.Map(api);
        DecideFilingEndpoint.Map(api);
        ReportFilingEndpoint.Map(api);
        PostEndpoints.Map(api);
        DayOffEndpoint.Map(api);
        CoverReportEndpoint.Map(api);
        RecordEnquiryEndpoint.Map(api);
        MoveEnquiryEndpoints.Map(api);
        ListEnquiriesEndpoint.Map(api);
        InboxEndpoint.Map(api);
    }

    protected override void MapOutsideApi(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapModuleGrpcService<OfficeGateService>();
    }

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OfficeSeeder>().SeedAsync(ct);
    }
}
