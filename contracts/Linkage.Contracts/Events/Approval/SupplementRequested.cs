namespace Linkage.Contracts.Events.Approval;

/// <summary>A department asks the applicant for more material (补正); the whole case's clock stops until
/// intake reports <see cref="Intake.MaterialsSupplied"/>.</summary>
public sealed record SupplementRequested(
    Guid CaseId,
    string CaseNumber,
    string DepartmentId,
    IReadOnlyList<RequestedMaterial> Materials,
    string Reason,
    DateTimeOffset RequestedAt);

public sealed record RequestedMaterial(string Code, string Name);
