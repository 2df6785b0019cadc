namespace Linkage.Messaging;

/// <summary>Who did it: the caller's subject, the role they acted in, their org unit and 12-digit division; a
/// module acting on its own (a consumer, a sweep) is <see cref="System"/>, placed in the division it acted for.</summary>
public sealed record AuditActor(string Subject, string Role, string OrgUnit, string Division)
{
    public static AuditActor System(string module, string division) => new("system:" + module, "system", "", division);
}
