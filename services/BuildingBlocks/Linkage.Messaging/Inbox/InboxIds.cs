using System.Security.Cryptography;
using System.Text;

namespace Linkage.Messaging;

internal static class InboxIds
{
    /// <summary>The CloudEvent id when it is a UUID (ours are); otherwise a UUID derived from source + id, which
    /// CloudEvents makes unique.</summary>
    public static Guid For(FederationEvent e)
    {
        if (Guid.TryParse(e.Id, out var id)) return id;
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{e.Source}\n{e.Id}"), hash);
        return new Guid(hash[..16]);
    }
}
