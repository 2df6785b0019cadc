using Grpc.Core;
using Linkage.Approval.Features.DecideTask;
using Linkage.Approval.Features.ListTasks;
using Linkage.Approval.Features.Shared;
using Linkage.Contracts.Approval.V1;
using Linkage.ServiceDefaults.Grpc;

namespace Linkage.Approval.Grpc;

/// <summary>linkage.approval.v1: the REST handlers of the task list and the decision, for integrators (decision 0570).</summary>
public sealed class ApprovalGrpcService(ListTasksHandler list, DecideTaskHandler decide, PageCursors cursors) : ApprovalService.ApprovalServiceBase
{
    public override async Task<ListMyTasksReply> ListMyTasks(ListMyTasksRequest request, ServerCallContext context)
    {
        Guid? caseId = request.CaseId.Length == 0 ? null : GrpcValues.Id(request.CaseId, "caseId");
        var tasks = await context.PageAsync<ListMyTasksRequest, TaskView>(request, request.Limit, request.Cursor, 100, cursors, async page =>
            await list.HandleAsync(request.Status.OrNull(), caseId, page, context.Caller(), context.CancellationToken));
        var reply = new ListMyTasksReply { Items = { tasks.Items.Select(ToProto) }, NextCursor = tasks.NextCursor ?? "" };
        if (tasks.Total is { } total) reply.Total = total;
        return reply;
    }

    public override async Task<ReviewTask> DecideTask(DecideTaskRequest request, ServerCallContext context)
    {
        var decision = new DecisionRequest(request.Decision.OrNull(), request.Reason.OrNull(), request.LegalBasis.OrNull(),
            request.Materials.Count == 0 ? null : request.Materials.Select(m => (Features.DecideTask.MaterialItem?)new(m.Code.OrNull(), m.Name.OrNull())).ToList(),
            request.Procedure.OrNull(), request.Notice.OrNull(), request.HasWorkingDays ? request.WorkingDays : null,
            request.AssigneeSubject.OrNull(), request.AssigneeName.OrNull());
        return ToProto(GrpcAnswers.ValueOf<TaskView>(await decide.HandleAsync(
            GrpcValues.Id(request.TaskId, "taskId"), decision, context.Caller(), context.CancellationToken)));
    }

    private static ReviewTask ToProto(TaskView t) => new()
    {
        Id = t.Id.ToString(), CaseId = t.CaseId.ToString(), CaseNumber = t.CaseNumber, MatterCode = t.MatterCode,
        MatterName = t.MatterName, ApplicantName = t.Applicant.Name, ApplicantMaskedId = t.Applicant.MaskedId,
        DepartmentId = t.DepartmentId, DepartmentName = t.DepartmentName, Status = t.Status.Kebab(), DueDate = t.DueDate.Text(),
        CaseDueDate = t.Case.DueDate.Text(), CaseStatus = t.CaseStatus.Kebab(), Reason = t.Reason ?? "", LegalBasis = t.LegalBasis ?? "",
        DecidedAt = t.DecidedAt.Instant(), LegCode = t.LegCode ?? "",
    };
}
