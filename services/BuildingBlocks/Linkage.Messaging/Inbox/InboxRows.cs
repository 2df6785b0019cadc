using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging;

/// <summary>Whether a consumer applied a message already: asked after a failed attempt, to tell a duplicate (its inbox
/// row refused on the key, or a handler refusing a repeat) from a real failure.</summary>
internal static class InboxRows
{
    /// <summary>False also when that cannot be told; the original failure is then thrown.</summary>
    public static async Task<bool> AppliedAsync(ModuleDbContext db, Guid messageId, string consumer, CancellationToken ct)
    {
        try
        {
            return await db.InboxMessages.AsNoTracking().AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }
}
