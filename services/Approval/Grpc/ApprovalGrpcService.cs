using Grpc.Core;
using Linkage.Approval.Features.DecideTask;
using Linkage.Approval.Features.ListTasks;
using Linkage.Approval.Features.Shared;
using Linkage.Contracts.Approval.V1;
using Linkage.ServiceDefaults.Grpc;

namespace Linkage.Approval.Grpc;

/// <summary>linkage.approval.v1: the REST handlers of the task list and the decision, for integrators (decision 0570).</summary>
public sealed class ApprovalGrpcService(ListTasksHandler list, DecideTaskHandler decide) : ApprovalService.ApprovalServiceBase
{
    public override async Task<ListMyTasksReply> ListMyTasks(ListMyTasksRequest request, ServerCallContext context)
    {
        Guid? caseId = request.CaseId.Length == 0 ? null : GrpcValues.Id(request.CaseId, "caseId");
        var tasks = GrpcAnswers.ValueOf<IReadOnlyList<TaskView>>(await list.HandleAsync(request.Status.OrNull(), caseId,
            request.Limit == 0 ? null : request.Limit, context.Caller(), context.CancellationToken));
        return new ListMyTasksReply { Items = { tasks.Select(ToProto) } };
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
        MatterName = t.MatterName, ApplicantName = t.Holder.Name, ApplicantMaskedId = t.Holder.MaskedId,
        DepartmentId = t.DepartmentId, DepartmentName = t.DepartmentName, Status = t.Status.Kebab(), DueDate = t.Deadline.Text(),
        CaseDueDate = t.CaseDueDate.Text(), CaseStatus = t.CaseStatus.Kebab(), Reason = t.Reason ?? "", LegalBasis = t.LegalBasis ?? "",
        DecidedAt = t.DecidedAt.Instant(), LegCode = t.LegCode ?? "",
    };
}
