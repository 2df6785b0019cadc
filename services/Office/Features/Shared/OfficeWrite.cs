using Linkage.Messaging;
using Linkage.Office.Persistence;

namespace Linkage.Office.Features.Shared;

/// <summary>The one save of an office change: false when a concurrent change won (row version or unique key), and then
/// nothing of this one is written.</summary>
public static class OfficeWrite
{
    public const string Raced = "Another change to this record was saved first; reload and try again.";

    public static Task<bool> SavedAsync(OfficeDbContext db, CancellationToken ct) => db.SavedUnlessRacedAsync(ct);
}
