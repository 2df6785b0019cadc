using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging;

/// <summary>Applies a subject's events in the sender's order, in the handler's inbox transaction: it records
/// (signer, subject, n) as an inbox row of its own (a name-based UUID, consumer <c>federation#sequence</c>), refuses
/// a second event claiming an n already applied (a replay under a new id), and parks event n until n-1 has been
/// applied. The sender counts all its federation events of a subject, whatever their type, so one subject's types
/// are ordered together and each has one handler here. No table of its own: the rows age out with the inbox
/// (docs/decisions/0332).</summary>
internal static class FederationSequenceGuard
{
    internal const string Consumer = "federation#sequence";

    /// <summary>In an explicit transaction: the sequence row is inserted at once, so a replay is refused here.</summary>
    public static async Task ClaimAsync(ModuleDbContext db, FederationEvent e, CancellationToken ct)
    {
        var n = SequenceOf(e);
        var sql = OutboxSql.Of(db.ModuleSchema);
        if (await db.Database.ExecuteSqlRawAsync(sql.InsertInbox, [IdOf(e, n), Consumer], ct) == 0)
            throw Replay(e, n);
        await RequirePredecessorAsync(db, e, n, ct);
    }

    /// <summary>In one batch (decision 0611): the sequence row is queued with the handler's changes; a replay fails
    /// that batch on the row's key, which <see cref="ReplayedAsync"/> then tells apart from a real failure.</summary>
    public static async Task TrackAsync(ModuleDbContext db, FederationEvent e, CancellationToken ct)
    {
        var n = SequenceOf(e);
        await RequirePredecessorAsync(db, e, n, ct);
        db.InboxMessages.Add(Row(e, n));
    }

    /// <summary>The row recording that the subject's event n was applied.</summary>
    public static InboxMessage Row(FederationEvent e, long n) =>
        new() { MessageId = IdOf(e, n), Consumer = Consumer, ProcessedAt = DateTimeOffset.UtcNow };

    /// <summary>Whether the event's n was applied already (under another id); false when that cannot be told.</summary>
    public static async Task<bool> ReplayedAsync(ModuleDbContext db, FederationEvent e, CancellationToken ct)
    {
        if (e.Sequence is not { } n || n < 1) return false;
        var id = IdOf(e, n);
        try
        {
            return await db.InboxMessages.AsNoTracking().AnyAsync(m => m.MessageId == id && m.Consumer == Consumer, ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }

    public static FederationRefusedException Replay(FederationEvent e, long n) =>
        new($"sequence {n} of {e.Subject} was applied already under another id: a replay");

    private static long SequenceOf(FederationEvent e) =>
        e.Sequence is { } n && n >= 1 ? n : throw new FederationRefusedException("no sequence");

    private static async Task RequirePredecessorAsync(ModuleDbContext db, FederationEvent e, long n, CancellationToken ct)
    {
        if (n == 1) return;
        var previous = IdOf(e, n - 1);
        var applied = await db.InboxMessages.AnyAsync(m => m.MessageId == previous && m.Consumer == Consumer, ct);
        if (!applied) throw new FederationEarlyException($"{e.Subject} #{n} waits for #{n - 1}");
    }

    public static Guid IdOf(FederationEvent e, long n)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{e.Signer ?? e.Source}\n{e.Subject}\n{n}"), hash);
        return new Guid(hash[..16]);
    }
}
