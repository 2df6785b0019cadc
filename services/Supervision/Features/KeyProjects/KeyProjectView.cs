using Linkage.Supervision.Domain;

namespace Linkage.Supervision.Features.KeyProjects;

/// <summary>One line of the key-project ledger. <c>MetTarget</c>: completed by the internal target; null while open.
/// <c>ProjectId</c>: the investment project the case belongs to (0565).</summary>
public sealed record KeyProjectView(
    Guid CaseId, string CaseNumber, string MatterCode, string? MatterName, string HandlingDivision, string Guide, DateOnly TargetOn,
    DateOnly DueDate, string Status, DateOnly? CompletedOn, bool? MetTarget, bool? OnTime, Guid? ProjectId)
{
    public static KeyProjectView From(SupervisedCase c) => new(c.Id, c.CaseNumber, c.MatterCode, c.MatterName, c.HandlingDivision,
        c.KeyProjectGuide!, c.KeyProjectTargetOn!.Value, c.DueDate, c.Status.ToString().ToLowerInvariant(), c.CompletedOn,
        c.CompletedOn is { } on ? on <= c.KeyProjectTargetOn : null, c.OnTime, c.InvestmentProjectId);
}
