using Linkage.Contracts.Events.Intake;

namespace Linkage.Contracts.Federation;

/// <summary>A case accepted at a village station or town centre, forwarded up to the competent unit.
/// CloudEvent type <see cref="Type"/>; target division = the competent unit's division. It carries the
/// acceptance facts in full, so a competent unit in another deployment can take the case over. It speaks for the
/// station's division; <see cref="Sequence"/> counts the station's federation events of the case (decision 0332).</summary>
public sealed record CaseForwarded(CaseAccepted Acceptance, DateTimeOffset ForwardedAt, long Sequence = 1)
{
    public const string Type = "linkage.intake.case-forwarded.v1";
}
