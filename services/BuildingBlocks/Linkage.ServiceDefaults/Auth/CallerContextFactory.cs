using System.Security.Claims;
using Linkage.Kernel;
using Microsoft.AspNetCore.Http;

namespace Linkage.ServiceDefaults.Auth;

public static class CallerContextFactory
{
    public static CallerContext FromPrincipal(ClaimsPrincipal user)
    {
        var division = user.FindFirstValue(ClaimNames.Division);
        return new CallerContext(
            user.FindFirstValue(ClaimNames.Subject) ?? "",
            user.FindFirstValue(ClaimNames.Name) ?? "",
            user.FindAll(ClaimNames.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
            DivisionCode.TryParse(division, out var code, out _) ? code : null,
            user.FindFirstValue(ClaimNames.OrgUnit),
            user.FindFirstValue(ClaimNames.Department),
            user.FindFirstValue(ClaimNames.IdDigest),
            user.FindFirstValue(ClaimNames.OrgCreditCode));
    }

    public static CallerContext Caller(this HttpContext http) =>
        http.Items.TryGetValue(typeof(CallerContext), out var cached) && cached is CallerContext caller
            ? caller
            : (CallerContext)(http.Items[typeof(CallerContext)] = FromPrincipal(http.User));
}
