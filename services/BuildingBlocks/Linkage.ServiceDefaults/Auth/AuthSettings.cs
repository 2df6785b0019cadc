using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace Linkage.ServiceDefaults.Auth;

/// <summary><c>Linkage:Auth</c>: an OIDC authority, or a shared HS256 signing key for local runs.</summary>
public sealed record AuthSettings(string? Authority, string? SigningKey, string Issuer, string Audience)
{
    public static AuthSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Linkage:Auth");
        return new AuthSettings(
            section["Authority"],
            section["SigningKey"],
            section["Issuer"] ?? "linkage-dev",
            section["Audience"] ?? "linkage");
    }

    public SymmetricSecurityKey SymmetricKey()
    {
        if (string.IsNullOrWhiteSpace(SigningKey))
            throw new InvalidOperationException("Linkage:Auth:SigningKey (base64) or Linkage:Auth:Authority must be configured.");
        var bytes = Convert.FromBase64String(SigningKey);
        if (bytes.Length < 32)
            throw new InvalidOperationException("Linkage:Auth:SigningKey must be at least 32 bytes.");
        return new SymmetricSecurityKey(bytes);
    }
}
