using Grpc.Core;
using Linkage.Contracts.Intake.V1;
using Linkage.Intake.Features.GetCase;
using Linkage.Intake.Features.ListCases;
using Linkage.Intake.Features.SupplyMaterials;
using Linkage.ServiceDefaults.Grpc;
using Microsoft.AspNetCore.Authorization;
using SubmitCaseHandler = Linkage.Intake.Features.SubmitCase.SubmitCaseHandler;
using SharedView = Linkage.Intake.Features.Shared.CaseView;

namespace Linkage.Intake.Grpc;

/// <summary>linkage.intake.v1 for integrators (decision 0570): each call is the REST endpoint's handler with the
/// caller from the same bearer token, so scope, roles, validation and saving are one implementation.</summary>
public sealed class IntakeGrpcService(
    SubmitCaseHandler submit, GetCaseHandler get, ListCasesHandler list, SupplyMaterialsHandler supply, PageCursors cursors) : IntakeService.IntakeServiceBase
{
    [Authorize(Roles = $"{Roles.VillageAgent},{Roles.WindowClerk},{Roles.Applicant}")]
    public override async Task<Case> SubmitCase(SubmitCaseRequest request, ServerCallContext context) =>
        IntakeProto.ToProto(GrpcAnswers.ValueOf<SharedView>(await submit.HandleAsync(
            IntakeProto.FromProto(request), context.Header("idempotency-key"), context.Caller(), context.CancellationToken)));

    public override async Task<Case> GetCase(GetCaseRequest request, ServerCallContext context) =>
        IntakeProto.ToProto(GrpcAnswers.ValueOf<SharedView>(
            await get.HandleAsync(GrpcValues.Id(request.Id, "id"), context.Caller(), context.CancellationToken)));

    public override async Task<ListCasesReply> ListCases(ListCasesRequest request, ServerCallContext context)
    {
        var cases = await context.PageAsync<ListCasesRequest, SharedView>(request, request.Limit, request.Cursor, 50, cursors, async page =>
            await list.HandleAsync(request.Status.OrNull(), request.Division.OrNull(), page, context.Caller(), context.CancellationToken));
        var reply = new ListCasesReply { Items = { cases.Items.Select(IntakeProto.ToProto) }, NextCursor = cases.NextCursor ?? "" };
        if (cases.Total is { } total) reply.Total = total;
        return reply;
    }

    public override async Task<Case> SupplyMaterials(SupplyMaterialsRequest request, ServerCallContext context) =>
        IntakeProto.ToProto(GrpcAnswers.ValueOf<SharedView>(await supply.HandleAsync(GrpcValues.Id(request.CaseId, "caseId"),
            _ => Task.FromResult<IReadOnlyList<IFormFile>?>(request.Files.Select(IntakeProto.FromProto).ToList()),
            context.Caller(), context.CancellationToken)));
}
