using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using Linkage.Contracts.Approval.V1;
using Linkage.Contracts.Certificates.V1;
using Linkage.Contracts.Intake.V1;
using Linkage.Testing;

namespace Linkage.EndToEnd.Tests;

/// <summary>An integrator's whole case over gRPC through the gateway's HTTP/2 port only (issue 16 part 4): a proxy
/// submission missing one material gets the notice, the file is supplied, every department approves, the licence
/// is looked up and verified. On the way: no token is UNAUTHENTICATED, another county's clerk gets NOT_FOUND (as REST
/// answers 404), and a bad ID number is INVALID_ARGUMENT naming the field with nothing written. Then supervision and
/// the rating (<see cref="GrpcOversight"/>).</summary>
public static class GrpcCaseScenario
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    public static async Task RunAsync(Deployment deployment)
    {
        var tokens = new DemoTokens(deployment.Environment);
        using var channel = GrpcChannel.ForAddress(deployment.GatewayGrpc);
        var intake = new IntakeService.IntakeServiceClient(channel);
        var (agent, clerk, otherCounty) = (Bearer(tokens.For("agent")), Bearer(tokens.For("clerk")), Bearer(tokens.For("other-county-clerk")));

        var anonymous = await Assert.ThrowsAsync<RpcException>(() => intake.ListCasesAsync(new ListCasesRequest()).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
        await RefusesABadIdNumberWritingNothingAsync(intake, agent);

        var submitted = await intake.SubmitCaseAsync(Application(without: "health-certificate"), agent);
        Assert.Equal("awaiting-materials", submitted.Status);
        Assert.Equal(new[] { "health-certificate" }, submitted.Slip.Missing.ToArray());
        var supplied = await intake.SupplyMaterialsAsync(new SupplyMaterialsRequest
        {
            CaseId = submitted.Id,
            Files = { new MaterialFile { Code = "health-certificate", FileName = "health.pdf", ContentType = "application/pdf", Content = ByteString.CopyFrom(Pdf) } },
        }, agent);
        Assert.Equal("accepted", supplied.Status);
        var outOfScope = await Assert.ThrowsAsync<RpcException>(() => intake.GetCaseAsync(new GetCaseRequest { Id = submitted.Id }, otherCounty).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, outOfScope.StatusCode);

        await ApproveByEveryDepartmentAsync(channel, tokens, submitted.Id);
        var completed = await Wait.Until(() => intake.GetCaseAsync(new GetCaseRequest { Id = submitted.Id }, clerk).ResponseAsync,
            c => c.CertificateIdentifier.Length > 0, TimeSpan.FromSeconds(30), "the case's certificate");

        var certificates = new CertificatesService.CertificatesServiceClient(channel);
        var certificate = await certificates.GetCertificateAsync(new GetCertificateRequest { Identifier = completed.CertificateIdentifier }, clerk);
        Assert.Equal(submitted.Id, certificate.CaseId);
        Assert.Equal(submitted.CaseNumber, certificate.CaseNumber);
        var verified = await certificates.VerifyCertificateAsync(new VerifyCertificateRequest { Qr = certificate.QrPayload }, agent);
        Assert.Equal(("valid", true), (verified.Status, verified.SignatureValid));
        var hidden = await Assert.ThrowsAsync<RpcException>(() =>
            certificates.GetCertificateAsync(new GetCertificateRequest { Identifier = certificate.Identifier }, otherCounty).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, hidden.StatusCode);
        await GrpcOversight.RunAsync(channel, tokens, submitted.Id);
    }

    private static async Task RefusesABadIdNumberWritingNothingAsync(IntakeService.IntakeServiceClient intake, Metadata agent)
    {
        var before = (await intake.ListCasesAsync(new ListCasesRequest { Limit = 500 }, agent)).Items.Count;
        var application = Application(without: null);
        application.Applicant.IdNumber = "350926198503120021"; // the check digit is wrong
        var invalid = await Assert.ThrowsAsync<RpcException>(() => intake.SubmitCaseAsync(application, agent).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);
        Assert.Contains("applicant.idNumber", invalid.Status.Detail);
        Assert.Equal("applicant.idNumber", invalid.Trailers.GetValue("invalid-fields"));
        Assert.Equal(before, (await intake.ListCasesAsync(new ListCasesRequest { Limit = 500 }, agent)).Items.Count);
    }

    /// <summary>Each food-permit department finds its task with ListMyTasks and approves it with DecideTask.</summary>
    private static async Task ApproveByEveryDepartmentAsync(GrpcChannel channel, DemoTokens tokens, string caseId)
    {
        var approval = new ApprovalService.ApprovalServiceClient(channel);
        foreach (var reviewer in DemoReviewers.FoodPermit)
        {
            var token = Bearer(tokens.For(reviewer));
            var mine = await Wait.Until(() => approval.ListMyTasksAsync(new ListMyTasksRequest { Status = "pending", CaseId = caseId }, token).ResponseAsync,
                r => r.Items.Count == 1, TimeSpan.FromSeconds(20), $"{reviewer}'s task");
            var decided = await approval.DecideTaskAsync(new DecideTaskRequest { TaskId = mine.Items[0].Id, Decision = "approve" }, token);
            Assert.Equal("approved", decided.Status);
        }
    }

    private static SubmitCaseRequest Application(string? without) => new()
    {
        MatterCode = OneCaseScenario.FoodPermitMatter,
        Applicant = new Applicant { Kind = "person", Name = "陈美华", IdNumber = "350926198503120020" },
        PrincipalConsent = true,
        Materials =
        {
            new[] { "application-form", "id-copy", "premises-plan", "health-certificate" }
                .Where(code => code != without).Select(code => new MaterialInput { Code = code, Form = "paper" }),
        },
    };

    private static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };
}
