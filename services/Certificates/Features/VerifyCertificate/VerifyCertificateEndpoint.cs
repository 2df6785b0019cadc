namespace Linkage.Certificates.Features.VerifyCertificate;

public static class VerifyCertificateEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/verify/{identifier}", ByIdentifier)
            .AllowAnonymous()
            .WithName("VerifyCertificate")
            .WithSummary("Public check of a licence identifier: seal, status, type, issuer, dates and the holder masked.");
        api.MapGet("/verify", ByQrCode)
            .AllowAnonymous()
            .WithName("VerifyCertificateQrCode")
            .WithSummary("Public check of a scanned QR payload (<identifier>~<seal>): the seal it carries must verify.");
    }

    private static Task<Results<Ok<VerificationView>, InvalidRequest, ProblemHttpResult>> ByIdentifier(
        string identifier, VerifyCertificateHandler handler, CancellationToken ct) => handler.ByIdentifierAsync(identifier, ct);

    private static Task<Results<Ok<VerificationView>, InvalidRequest, ProblemHttpResult>> ByQrCode(
        string? qr, VerifyCertificateHandler handler, CancellationToken ct) => handler.ByQrCodeAsync(qr, ct);
}
