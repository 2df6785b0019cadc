namespace Linkage.Messaging;

/// <summary>Where a federation event goes: its CloudEvent <paramref name="Type"/> (also the topic, e.g.
/// <c>linkage.intake.case-forwarded.v1</c>), its <paramref name="Subject"/> (the case or item; events of one
/// subject are published in order) and the 12-digit <paramref name="TargetDivision"/> that should handle it.</summary>
public sealed record FederationRoute(string Type, string Subject, string TargetDivision)
{
    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Type);
        ArgumentException.ThrowIfNullOrWhiteSpace(Subject);
        if (!DivisionScope.IsDivisionCode(TargetDivision))
            throw new ArgumentException($"Target division '{TargetDivision}' is not a 12-digit division code.", nameof(TargetDivision));
    }
}
