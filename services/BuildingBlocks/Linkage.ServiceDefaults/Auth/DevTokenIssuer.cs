using System.Security.Claims;
using Linkage.Kernel;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Linkage.ServiceDefaults.Auth;

/// <summary>Issues tokens for demo users. Only reachable through the Development-only host command.</summary>
public sealed class DevTokenIssuer(AuthSettings settings, byte[] personalIdKey)
{
    public string Issue(DemoUser user, TimeSpan lifetime)
    {
        var claims = new List<Claim>
        {
            new(ClaimNames.Subject, user.UserName),
            new(ClaimNames.Name, user.Name),
            new(ClaimNames.Division, user.Division),
        };
        claims.AddRange(user.Roles.Select(r => new Claim(ClaimNames.Role, r)));
        if (user.OrgUnitId is { } ou) claims.Add(new(ClaimNames.OrgUnit, ou));
        if (user.DepartmentId is { } dep) claims.Add(new(ClaimNames.Department, dep));
        if (user.OrgCreditCode is { } org) claims.Add(new(ClaimNames.OrgCreditCode, org.ToUpperInvariant()));
        if (user.IdNumber is { } idn) claims.Add(new(ClaimNames.IdDigest, PersonalIdDigest.Compute(idn.ToUpperInvariant(), personalIdKey)));

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Expires = DateTime.UtcNow.Add(lifetime),
            SigningCredentials = new SigningCredentials(settings.SymmetricKey(), SecurityAlgorithms.HmacSha256),
        });
    }
}
