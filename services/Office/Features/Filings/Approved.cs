using Linkage.Contracts.Events.Office;
using Linkage.Office.Domain;

namespace Linkage.Office.Features.Filings;

/// <summary>What an approved filing tells the module holding the decision: intake issues a refusal, approval records a
/// department's rejection on its task (decision 0562).</summary>
public static class Approved
{
    public static object Of(NegativeFiling f, string by, DateTimeOffset at) => f is { Kind: FilingKind.Rejection, TaskId: { } task }
        ? new RejectionApproved(f.Id, f.CaseId, task, f.Reason, f.LegalBasis, f.RaisedBy, f.RaisedByName, by, at)
        : new RefusalApproved(f.Id, f.CaseId, f.Reason, by, at);

    /// <summary>A returned rejection is told to approval (its timeline, decision 0577); a returned refusal to no one.</summary>
    public static RejectionReturned? Returned(NegativeFiling f, string by, DateTimeOffset at) => f is { Kind: FilingKind.Rejection, TaskId: { } task }
        ? new RejectionReturned(f.Id, f.CaseId, task, f.Note, by, at)
        : null;
}
