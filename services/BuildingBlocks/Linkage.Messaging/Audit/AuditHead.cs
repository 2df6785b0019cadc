using System.Globalization;
using System.Text;

namespace Linkage.Messaging;

/// <summary>A chain head as signed: who signs, which chain, up to which row, its hash and when.</summary>
public sealed record AuditHead(string Signer, string Chain, long Seq, byte[] Hash, DateTimeOffset SignedAt)
{
    /// <summary>The bytes the SM2 signature covers.</summary>
    public byte[] Content() => Encoding.UTF8.GetBytes(string.Join('|', "linkage.audit.head.v1", Signer, Chain,
        Seq.ToString(CultureInfo.InvariantCulture), Convert.ToHexStringLower(Hash),
        ((SignedAt.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10).ToString(CultureInfo.InvariantCulture)));
}
