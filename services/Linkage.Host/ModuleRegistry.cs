using Linkage.Approval;
using Linkage.Catalog;
using Linkage.Certificates;
using Linkage.Fees;
using Linkage.Hall;
using Linkage.Intake;
using Linkage.Office;
using Linkage.Ratings;
using Linkage.ServiceDefaults.Modules;
using Linkage.Supervision;
using Linkage.VideoReview;
using Linkage.Webhooks;

namespace Linkage.Host;

/// <summary>Every module this binary can run; <c>Linkage:Modules</c> picks which ones do.</summary>
public static class ModuleRegistry
{
    public static IReadOnlyList<ILinkageModule> All { get; } =
    [
        new CatalogModule(), new IntakeModule(), new ApprovalModule(), new CertificatesModule(),
        new VideoReviewModule(), new RatingsModule(), new SupervisionModule(), new FeesModule(), new HallModule(),
        new OfficeModule(), new WebhooksModule(),
    ];

    public static IReadOnlyList<ILinkageModule> Select(IConfiguration configuration) =>
        ModuleSelection.Select(configuration, All);
}
