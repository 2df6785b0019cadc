using Grpc.Core;
using Linkage.Certificates.Features.GetCertificate;
using Linkage.Certificates.Features.RevokeCertificate;
using Linkage.Certificates.Features.Shared;
using Linkage.Certificates.Features.VerifyCertificate;
using Linkage.Contracts.Certificates.V1;
using Linkage.ServiceDefaults.Grpc;
using Microsoft.AspNetCore.Authorization;

namespace Linkage.Certificates.Grpc;

/// <summary>linkage.certificates.v1: the REST handlers of look-up, public verification and revocation (decision 0570).</summary>
public sealed class CertificatesGrpcService(GetCertificateHandler get, VerifyCertificateHandler verify, RevokeCertificateHandler revoke)
    : CertificatesService.CertificatesServiceBase
{
    public override async Task<Certificate> GetCertificate(GetCertificateRequest request, ServerCallContext context) =>
        CertificatesProto.ToProto(GrpcAnswers.ValueOf<CertificateView>(
            await get.HandleAsync(request.Identifier, context.Caller(), context.CancellationToken)));

    [AllowAnonymous]
    public override async Task<Verification> VerifyCertificate(VerifyCertificateRequest request, ServerCallContext context) =>
        CertificatesProto.ToProto(GrpcAnswers.ValueOf<VerificationView>(request.Qr.Length > 0
            ? await verify.ByQrCodeAsync(request.Qr, context.CancellationToken)
            : await verify.ByIdentifierAsync(request.Identifier.OrNull(), context.CancellationToken)));

    public override async Task<Certificate> RevokeCertificate(RevokeCertificateRequest request, ServerCallContext context) =>
        CertificatesProto.ToProto(GrpcAnswers.ValueOf<CertificateView>(await revoke.HandleAsync(
            request.Identifier, new AmendmentRequest(request.Reason.OrNull()), context.Caller(), context.CancellationToken)));
}
