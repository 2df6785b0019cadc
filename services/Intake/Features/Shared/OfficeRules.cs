using Linkage.Intake.Domain;
using Linkage.ServiceDefaults.Office;

namespace Linkage.Intake.Features.Shared;

/// <summary>The office module's rules (decision 0501): 窗口授权 (does the window of the case's department at this centre
/// hold the power?) and 否定报备 (does this centre approve refusals first?). Asked over gRPC when
/// <c>Linkage:Grpc:Office</c> is set; a deployment without the office module is not gated.</summary>
public sealed class OfficeRules(WindowPowers powers, FilingRules filings)
{
    /// <summary>Why the window at <paramref name="centre"/> may not act on the case with <paramref name="power"/>, or null.</summary>
    public Task<string?> RefusedPowerAsync(IntakeCase c, string centre, string power, CancellationToken ct) =>
        powers.RefusedAsync(new WindowAct(centre, power, null, c.ImplementationCode, c.ImplementationVersion), ct);

    public Task<bool> ApprovalFirstAsync(string centre, CancellationToken ct) => filings.ApprovalFirstAsync(centre, ct);
}
