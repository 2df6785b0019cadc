using Linkage.Certificates.Features.Shared;

namespace Linkage.Certificates.Features.GetCertificate;

public static class GetCertificateEndpoint
{
    /// <summary>Identifiers start with the GB/T 36904 arc ("1.2.156.…"); the constraint leaves sibling paths such as
    /// <c>/api/certificates/openapi.json</c> to their own endpoints.</summary>
    public static void Map(RouteGroupBuilder api) => api.MapGet("/{identifier:regex(^\\d+\\.\\d)}", Handle)
        .WithName("GetCertificate")
        .WithSummary("One certificate by its licence identifier (holder or staff of the handling subtree).");

    private static Task<Results<Ok<CertificateView>, ProblemHttpResult>> Handle(
        string identifier, HttpContext http, GetCertificateHandler handler, CancellationToken ct) =>
        handler.HandleAsync(identifier, http.Caller(), ct);
}
