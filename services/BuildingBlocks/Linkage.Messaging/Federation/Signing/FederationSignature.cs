using System.Globalization;
using System.Text;

namespace Linkage.Messaging;

/// <summary>What a deployment signs of a CloudEvent: every attribute a receiver acts on, one per line, then the
/// canonical data (<see cref="CanonicalJson"/>). Dapr's added attributes (topic, pubsubname, trace context) are
/// outside it on purpose. Since 0721 this content is a leaf of the round's tree (<see cref="SignaturePath"/>) and the
/// key signs <see cref="Root"/> of the tree.</summary>
public static class FederationSignature
{
    public static byte[] Content(FederationEvent e)
    {
        var head = string.Join('\n',
            e.Id, e.Source, e.Type, e.Subject ?? "", e.Time?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) ?? "",
            e.TargetDivision ?? "", e.Sequence?.ToString(CultureInfo.InvariantCulture) ?? "", e.Signer ?? "", e.SignatureKeyId ?? "", "");
        return [.. Encoding.UTF8.GetBytes(head), .. CanonicalJson.Of(e.Data)];
    }

    /// <summary>What the key signs of a round's root: a tag no event's content can start with (an id has no line break), then
    /// the 32 bytes.</summary>
    public static byte[] Root(byte[] root) => [.. "linkage federation round root\n"u8, .. root];
}
