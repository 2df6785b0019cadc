namespace Linkage.Intake.Domain;

/// <summary>The hall window a clerk is signed on at (上岗), as the hall announced it; <see cref="WindowCode"/> null once
/// signed off. Intake's own copy: a case accepted by the clerk is accepted at that window (decision 0527).</summary>
public sealed class ClerkWindow
{
    private ClerkWindow() { }

    public ClerkWindow(string clerkSubject) => ClerkSubject = clerkSubject;

    public string ClerkSubject { get; private set; } = "";

    public string OrgUnitId { get; private set; } = "";

    public string? WindowCode { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>Takes a newer announcement; an older one arriving late changes nothing.</summary>
    public void Change(string orgUnitId, string? windowCode, DateTimeOffset at)
    {
        if (at < At) return;
        (OrgUnitId, WindowCode, At) = (orgUnitId, windowCode, at);
    }

    /// <summary>The window's id across centres, <c>{centre}#{code}</c>, when signed on at <paramref name="centre"/>.</summary>
    public string? WindowIn(string centre) => OrgUnitId == centre && WindowCode is { } code ? $"{centre}#{code}" : null;
}
