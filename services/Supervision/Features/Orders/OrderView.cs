using Linkage.Supervision.Domain;

namespace Linkage.Supervision.Features.Orders;

public sealed record OrderView(
    Guid Id,
    Guid CaseId,
    string CaseNumber,
    Guid? AlarmId,
    string IssuedBy,
    string IssuedByDivision,
    string TargetDivision,
    string Instruction,
    DateOnly ReplyBy,
    DateTimeOffset IssuedAt,
    string? Reply,
    string? RepliedBy,
    DateTimeOffset? RepliedAt,
    string? EscalatedTo,
    DateTimeOffset? EscalatedAt,
    int Escalations)
{
    public static OrderView From(SupervisionOrder o) => new(o.Id, o.CaseId, o.CaseNumber, o.AlarmId, o.IssuedBy, o.IssuedByDivision,
        o.TargetDivision, o.Instruction, o.ReplyBy, o.IssuedAt, o.Reply, o.RepliedBy, o.RepliedAt, o.EscalatedTo, o.EscalatedAt, o.Escalations);
}

/// <summary>Either <c>CaseId</c> or <c>AlarmId</c>; <c>ReplyBy</c> defaults to the region's reply period.</summary>
public sealed record IssueOrderRequest(Guid? CaseId, Guid? AlarmId, string? TargetDivision, string? Instruction, DateOnly? ReplyBy);

public sealed record ReplyOrderRequest(string? Reply);
