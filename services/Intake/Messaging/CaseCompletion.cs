using Linkage.Intake.Domain;
using Linkage.Intake.Features.Shared;

namespace Linkage.Intake.Messaging;

/// <summary>Marks a case completed; the save path announces it (CaseCompleted inside the deployment, and the status
/// back down to the station over the federation bus when the case was forwarded). The inbox saves. With a fee gate,
/// an unpaid fee-bearing case stays open until fees clears it; an instant one then finishes as instant.</summary>
public static class CaseCompletion
{
    public static async Task CompleteAsync(
        IntakeCase? @case, CaseSaves saves, string outcome, DateTimeOffset at, CancellationToken ct, CompletionFeeGate? fees = null)
    {
        if (@case is null || @case.Status == CaseStatus.Completed) return;
        if (fees is not null && !await fees.MayCompleteAsync(@case, ct)) return;
        if (!@case.Complete(@case.Limit.Instant ? "instant" : outcome, at)) return;
        await saves.StageAsync(ct);
    }
}
