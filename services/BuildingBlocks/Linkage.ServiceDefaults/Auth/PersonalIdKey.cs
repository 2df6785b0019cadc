using Microsoft.Extensions.Configuration;

namespace Linkage.ServiceDefaults.Auth;

/// <summary><c>Linkage:PersonalIdKey</c>: the HMAC key for ID-number digests, shared by every module of a deployment.</summary>
public static class PersonalIdKey
{
    public static byte[] From(IConfiguration configuration)
    {
        var value = configuration["Linkage:PersonalIdKey"];
        if (string.IsNullOrWhiteSpace(value))
            throw new InvalidOperationException("Linkage:PersonalIdKey (base64) must be configured.");
        return Convert.FromBase64String(value);
    }
}
