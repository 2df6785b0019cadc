namespace Linkage.Gateway.Modules;

/// <summary>A service module as the edge sees it: its REST prefix <c>/api/{PathSegment}</c> and its gRPC
/// package prefix <c>linkage.{Name}.v1.</c>. <paramref name="AlsoServes"/>: shared <c>/api/{segment}</c> paths a module
/// answers besides its own (supervision serves the audit trail, docs/decisions/0405).</summary>
public sealed record GatewayModule(string Name, string PathSegment, string Title, string[]? AlsoServes = null)
{
    public static IReadOnlyList<GatewayModule> All { get; } =
    [
        new("catalog", "catalog", "Catalog"),
        new("intake", "intake", "Intake"),
        new("approval", "approval", "Approval"),
        new("certificates", "certificates", "Certificates"),
        new("videoreview", "video-review", "Video review"),
        new("ratings", "ratings", "Ratings"),
        new("supervision", "supervision", "Supervision", ["audit"]),
        new("fees", "fees", "Fees"),
        new("hall", "hall", "Hall"),
        new("office", "office", "Office"),
        new("webhooks", "webhooks", "Webhooks"),
    ];

    public string RestPrefix => "/api/" + PathSegment;

    public string GrpcPackagePrefix => $"linkage.{Name}.v1.";
}
