namespace Linkage.Messaging;

/// <summary>One row of the audit trail (留痕): who did what to which target, when. <see cref="Seq"/> and the
/// row's hash link are set by the database as the row is inserted (<see cref="AuditSql"/>); rows are never changed.</summary>
public sealed class AuditRecord
{
    public Guid Id { get; init; }

    public required string Chain { get; init; }

    public long Seq { get; init; }

    public DateTimeOffset At { get; init; }

    public required string ActorSubject { get; init; }

    public required string ActorRole { get; init; }

    public required string ActorOrgUnit { get; init; }

    public required string ActorDivision { get; init; }

    public required string Action { get; init; }

    public required string TargetType { get; init; }

    public required string TargetId { get; init; }

    public required string Detail { get; init; }
}
