using Linkage.Supervision.Domain;

namespace Linkage.Supervision.Features.Alerts;

/// <summary>A yellow or red card on an open case: working days left (yellow) or past the due date (red).</summary>
public sealed record AlertView(
    Guid CaseId,
    string CaseNumber,
    string MatterCode,
    string? MatterName,
    string HandlingOrgUnitId,
    string HandlingDivision,
    DateOnly DueDate,
    AlertLevel Level,
    int WorkingDays);
