using Linkage.Intake.Domain;
using Microsoft.AspNetCore.Authorization;

namespace Linkage.Intake.Features.CreditFlags;

public static class CreditFlagActors
{
    public static void Policy(AuthorizationPolicyBuilder p) => p.RequireRole(Roles.CentreAdmin, Roles.TierAdmin, Roles.Supervisor);

    public static CreditFlagChange Change(
        CallerContext caller, string digest, string division, CreditFlagAction action, string reason, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), digest, division, action, reason, caller.Subject, caller.Division?.Value ?? "", now);
}
