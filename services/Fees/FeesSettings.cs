using Linkage.Fees.Features.Pay;
using Microsoft.Extensions.Configuration;

namespace Linkage.Fees;

/// <summary><c>Linkage:Fees:ProviderKey</c>: the online provider's HMAC key (base64, 32 bytes or more). Without it
/// every online callback is refused.</summary>
public static class FeesSettings
{
    public const string ProviderKey = "Linkage:Fees:ProviderKey";

    public static ProviderSignature Signature(IConfiguration configuration) =>
        new(configuration[ProviderKey] is { Length: > 0 } key ? Convert.FromBase64String(key) : null);
}
