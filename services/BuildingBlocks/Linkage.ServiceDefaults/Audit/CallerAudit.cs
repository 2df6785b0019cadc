using Linkage.Messaging;
using Linkage.ServiceDefaults.Auth;

namespace Linkage.ServiceDefaults.Audit;

/// <summary>The audit trail's actor from the caller: subject, the role acted in, org unit and division.</summary>
public static class CallerAudit
{
    public static AuditActor Actor(this CallerContext caller) => new(
        caller.Subject,
        Roles.Staff.FirstOrDefault(caller.Has) ?? (caller.Has(Roles.Applicant) ? Roles.Applicant : string.Join(',', caller.Roles.Order())),
        caller.OrgUnitId ?? "",
        caller.Division?.Value ?? "");

    /// <summary>One line in a handler: <c>db.Audit(caller, "case.accepted", "case", id)</c>.</summary>
    public static void Audit(this ModuleDbContext db, CallerContext caller, string action, string targetType, string targetId, object? detail = null) =>
        db.Audit(caller.Actor(), action, targetType, targetId, detail);
}
