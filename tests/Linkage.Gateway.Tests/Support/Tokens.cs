using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Linkage.Gateway.Tests.Infrastructure;

/// <summary>HS256 tokens shaped like the project's dev tokens.</summary>
public static class Tokens
{
    public static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);
    public static string KeyBase64 => Convert.ToBase64String(Key);

    public static string For(string subject, byte[]? key = null, string issuer = "linkage-dev", string audience = "linkage",
        DateTime? expires = null)
    {
        var notBefore = (expires ?? DateTime.UtcNow.AddHours(1)).AddHours(-2);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore,
            IssuedAt = notBefore,
            Expires = expires ?? DateTime.UtcNow.AddHours(1),
            Claims = new Dictionary<string, object> { ["sub"] = subject, ["role"] = "window-clerk", ["name"] = "Test " + subject },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key ?? Key), SecurityAlgorithms.HmacSha256),
        });
    }
}
