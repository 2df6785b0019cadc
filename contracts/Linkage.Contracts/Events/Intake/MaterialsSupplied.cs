namespace Linkage.Contracts.Events.Intake;

/// <summary>The applicant supplied what was asked for, at intake; approval resumes the stopped clock.</summary>
public sealed record MaterialsSupplied(
    Guid CaseId,
    string CaseNumber,
    IReadOnlyList<string> MaterialCodes,
    DateTimeOffset SuppliedAt,
    DateOnly SuppliedOn);
