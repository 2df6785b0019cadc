using System.Security.Cryptography;
using System.Text;

namespace Linkage.Webhooks.Features.Deliveries;

/// <summary>The <c>Linkage-Signature</c> header: <c>t={unix seconds},v1={hex HMAC-SHA256(secret, "{t}.{body}")}</c>
/// (decision 0600). The receiver recomputes it and refuses an old <c>t</c> against replayed captures.</summary>
public static class Signature
{
    public const string Header = "Linkage-Signature";

    public static string Of(string secret, long timestamp, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }
}
