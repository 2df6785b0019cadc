using System.Security.Cryptography;
using System.Text;
using Linkage.ServiceDefaults.Auth;
using Microsoft.Extensions.Configuration;

namespace Linkage.Intake.Features.StatusLookup;

/// <summary>The deployment's key for one-time status codes (decision 0507): <c>Linkage:Intake:StatusCodeKey</c>
/// (base64), else derived from the deployment secret <c>Linkage:PersonalIdKey</c> with HKDF-SHA256, so it is never
/// the ID-digest key itself. With 10⁸ codes a plain hash of a leaked row is reversed in a second; the keyed one is not.</summary>
public sealed class StatusCodeKey(IConfiguration configuration)
{
    private static readonly byte[] Purpose = "linkage/intake/status-code"u8.ToArray();

    private readonly byte[] key = configuration["Linkage:Intake:StatusCodeKey"] is { Length: > 0 } own
        ? Convert.FromBase64String(own)
        : HKDF.DeriveKey(HashAlgorithmName.SHA256, PersonalIdKey.From(configuration), 32, info: Purpose);

    /// <summary>Lowercase hex HMAC-SHA256 of the case id and the code; compared in constant time by the case.</summary>
    public string Hash(Guid caseId, string code) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{caseId:N}:{code.Trim()}")));
}
