using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Linkage.ServiceDefaults.Auth;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Configuration;

namespace Linkage.ServiceDefaults.Paging;

/// <summary>Seals and opens cursors: the keyset values of the last item, as JSON, with an HMAC over the list they
/// belong to (path and filters) and the values, so a cursor cannot be edited, forged or carried to another list
/// (decision 0551). The key is derived from the deployment's <c>Linkage:PersonalIdKey</c>, so every host of a
/// deployment opens the cursors of the others.</summary>
public sealed class PageCursors(IConfiguration configuration)
{
    private const int TagLength = 16;
    private readonly byte[] key = HMACSHA256.HashData(PersonalIdKey.From(configuration), "linkage/page-cursor/v1"u8);

    public string Seal(string scope, IReadOnlyList<JsonElement> values)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(values);
        return WebEncoders.Base64UrlEncode(payload) + "." + WebEncoders.Base64UrlEncode(Tag(scope, payload));
    }

    public JsonElement[]? Open(string scope, string cursor)
    {
        var parts = cursor.Split('.');
        if (parts.Length != 2) return null;
        try
        {
            var payload = WebEncoders.Base64UrlDecode(parts[0]);
            if (!CryptographicOperations.FixedTimeEquals(Tag(scope, payload), WebEncoders.Base64UrlDecode(parts[1]))) return null;
            return JsonSerializer.Deserialize<JsonElement[]>(payload);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private byte[] Tag(string scope, byte[] payload) =>
        HMACSHA256.HashData(key, (byte[])[.. Encoding.UTF8.GetBytes(scope), 0, .. payload])[..TagLength];
}
