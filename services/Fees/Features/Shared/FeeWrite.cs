using Linkage.Fees.Persistence;
using Linkage.Messaging;

namespace Linkage.Fees.Features.Shared;

/// <summary>The one save of a fee change: false when a concurrent change won (row version or unique index), and
/// then nothing of this one is written.</summary>
public static class FeeWrite
{
    public const string Raced = "Another change to this fee was saved first; reload and try again.";

    public static Task<bool> SavedAsync(FeesDbContext db, CancellationToken ct) => db.SavedUnlessRacedAsync(ct);
}
