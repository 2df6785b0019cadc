using Linkage.Ratings.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Features.Shared;

/// <summary>The stamp of the reference data a rating reads, which the process keeps (decision 0638): the number of
/// indicator set versions (a version is only ever added) and an md5 of every region row's prefix and <c>xmin</c>, as
/// supervision's rule books (0597). Any publish or write, by this process or another replica, gives another stamp, so
/// the next rating reads the data again. It is the database function <c>ratings.reference_stamp()</c>, which a
/// rating through its token calls inside its one read (<c>InvitationLookup</c>), costing no statement.</summary>
public static class ReferenceStamp
{
    /// <summary>The stamp on its own, one statement.</summary>
    public static Task<string> ReadAsync(RatingsDbContext db, CancellationToken ct) =>
        db.Database.SqlQueryRaw<string>("""SELECT ratings.reference_stamp() AS "Value" """).SingleAsync(ct);
}
