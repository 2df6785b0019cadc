using System.Globalization;
using Linkage.Kernel.Crypto;

namespace Linkage.Messaging;

/// <summary>An event's place in the SM3 Merkle tree of its outbox round (decision 0721): the leaf's index, the round's
/// number of leaves, and the sibling hashes from the leaf up. The tree pairs neighbours level by level; an odd last node
/// goes up unpaired, so it has no sibling at that level. Index and count fix the positions (a sibling on the left when
/// the index at that level is odd) and the path's length. A round of one event is a root of one leaf: "0/1:".
/// Written as <c>index/count:base64,base64,…</c> in the CloudEvent extension <c>signaturepath</c>.</summary>
public sealed record SignaturePath(int Index, int Count, IReadOnlyList<byte[]> Siblings)
{
    /// <summary>More leaves than an outbox round ever holds; a larger count is refused before any hashing.</summary>
    public const int MaxCount = 1 << 16;

    private const byte LeafTag = 0x00;
    private const byte NodeTag = 0x01;

    public static byte[] Leaf(byte[] content) => Sm3.Hash(LeafTag, content);

    private static byte[] Node(byte[] left, byte[] right) => Sm3.Hash(NodeTag, left, right);

    /// <summary>The root the path leads to from <paramref name="leaf"/>.</summary>
    public byte[] RootFrom(byte[] leaf)
    {
        var (hash, index, count, k) = (leaf, Index, Count, 0);
        for (; count > 1; index >>= 1, count = (count + 1) >> 1)
        {
            if (index % 2 == 1) hash = Node(Siblings[k++], hash);
            else if (index + 1 < count) hash = Node(hash, Siblings[k++]);
        }
        return hash;
    }

    /// <summary>The root over <paramref name="leaves"/> (in the round's order) and each leaf's path to it.</summary>
    public static (byte[] Root, SignaturePath[] Paths) Tree(IReadOnlyList<byte[]> leaves)
    {
        if (leaves.Count is 0 or > MaxCount) throw new ArgumentOutOfRangeException(nameof(leaves), leaves.Count, "A round signs 1 to 65,536 events.");
        var siblings = leaves.Select(_ => new List<byte[]>()).ToArray();
        var level = leaves.ToList();
        for (var width = 1; level.Count > 1; width *= 2) // width: leaves under one node of this level
        {
            for (var leaf = 0; leaf < leaves.Count; leaf++)
            {
                var at = leaf / width;
                var sibling = at % 2 == 1 ? at - 1 : at + 1;
                if (sibling < level.Count) siblings[leaf].Add(level[sibling]);
            }
            level = Enumerable.Range(0, (level.Count + 1) / 2)
                .Select(i => 2 * i + 1 < level.Count ? Node(level[2 * i], level[2 * i + 1]) : level[2 * i]).ToList();
        }
        return (level[0], siblings.Select((s, i) => new SignaturePath(i, leaves.Count, s)).ToArray());
    }

    public override string ToString() =>
        $"{Index.ToString(CultureInfo.InvariantCulture)}/{Count.ToString(CultureInfo.InvariantCulture)}:{string.Join(',', Siblings.Select(Convert.ToBase64String))}";

    /// <summary>The path written in <paramref name="text"/>, or why it is refused: not of the form, an index outside the
    /// count, a hash that is not 32 bytes, or more or fewer hashes than the index and count call for.</summary>
    public static (SignaturePath? Path, string? Refused) Parse(string text)
    {
        var colon = text.IndexOf(':');
        var slash = colon < 0 ? -1 : text.IndexOf('/', 0, colon);
        if (slash < 0
            || !int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(text.AsSpan(slash + 1, colon - slash - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count is < 1 or > MaxCount || index >= count)
            return (null, "signature path is not index/count:hashes");
        var written = text[(colon + 1)..];
        var siblings = new List<byte[]>();
        foreach (var part in written.Length == 0 ? [] : written.Split(','))
        {
            var hash = new byte[Sm3.Length];
            if (!Convert.TryFromBase64String(part, hash, out var length) || length != Sm3.Length)
                return (null, "signature path has a hash that is not an SM3 digest");
            siblings.Add(hash);
        }
        var expected = Length(index, count);
        return siblings.Count == expected
            ? (new SignaturePath(index, count, siblings), null)
            : (null, $"signature path has {siblings.Count} hashes; leaf {index} of {count} needs {expected}");
    }

    private static int Length(int index, int count)
    {
        var length = 0;
        for (; count > 1; index >>= 1, count = (count + 1) >> 1)
            if (index % 2 == 1 || index + 1 < count) length++;
        return length;
    }
}
