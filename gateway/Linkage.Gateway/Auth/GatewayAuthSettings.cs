using Microsoft.IdentityModel.Tokens;

namespace Linkage.Gateway.Auth;

/// <summary><c>Linkage:Auth</c>, the same keys the modules read: an OIDC authority, or a base64 HS256 key.</summary>
public sealed record GatewayAuthSettings(string? Authority, string? SigningKey, string Issuer, string Audience)
{
    public static GatewayAuthSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Linkage:Auth");
        var settings = new GatewayAuthSettings(section["Authority"], section["SigningKey"],
            section["Issuer"] ?? "linkage-dev", section["Audience"] ?? "linkage");
        if (string.IsNullOrWhiteSpace(settings.Authority) && string.IsNullOrWhiteSpace(settings.SigningKey))
            throw new InvalidOperationException("Linkage:Auth:SigningKey (base64) or Linkage:Auth:Authority must be configured.");
        return settings;
    }

    public SymmetricSecurityKey SymmetricKey()
    {
        var bytes = Convert.FromBase64String(SigningKey!);
        if (bytes.Length < 32) throw new InvalidOperationException("Linkage:Auth:SigningKey must be at least 32 bytes.");
        return new SymmetricSecurityKey(bytes);
    }
}
