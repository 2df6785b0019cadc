using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.Rules;

/// <summary>Every region's rules, kept per process and read again only when <c>supervision.rule_sets</c> changed
/// (decision 0597). The table's stamp, each row's division and <c>xmin</c> hashed, changes with any insert, update or
/// delete, by this process or another replica; a caller that reads the stamp in a statement of its own (the deadline
/// sweep) passes it to <see cref="ForStampAsync"/>, so a warm cache costs it nothing.</summary>
public sealed class RuleBooks(EffectiveRules defaults)
{
    /// <summary>The stamp as a SQL expression.</summary>
    public const string StampSql = """
        (SELECT coalesce(md5(string_agg(r."Division" || ':' || r.xmin::text, ',' ORDER BY r."Division")), '') FROM supervision.rule_sets r)
        """;

    private const string StampQuery = "SELECT " + StampSql + """ AS "Value" """;

    private Loaded? loaded;

    /// <summary>Holds the rule sets from every other writer until the caller's transaction ends: a region's write reads the
    /// locks above after this, as last committed, and no lock is added above it before it commits (decision 0730). Readers
    /// (the sweep, the consumers) do not wait.</summary>
    public static Task HoldWritersAsync(SupervisionDbContext db, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync("LOCK TABLE supervision.rule_sets IN SHARE ROW EXCLUSIVE MODE", ct);

    /// <summary>The rules in force, after one statement reading the stamp (a second reads the table when it changed).</summary>
    public async Task<RuleBook> LoadAsync(SupervisionDbContext db, CancellationToken ct) =>
        await ForStampAsync(db, await db.Database.SqlQueryRaw<string>(StampQuery).SingleAsync(ct), ct);

    /// <summary>The book this process holds, without reading the stamp (loaded with it when none is held yet): for a
    /// caller to whom a change made a moment ago by another replica may come as late as to a case the sweep looked at
    /// just before it (a case's first check at acceptance, 0645).</summary>
    public async Task<RuleBook> KeptAsync(SupervisionDbContext db, CancellationToken ct) =>
        Volatile.Read(ref loaded)?.Book ?? await LoadAsync(db, ct);

    /// <summary>The rules in force for one region.</summary>
    public async Task<EffectiveRules> ForAsync(SupervisionDbContext db, string division, CancellationToken ct) =>
        (await LoadAsync(db, ct)).For(division);

    /// <summary>The book as of <paramref name="stamp"/>, read before: rows read after it are at least as new, and a
    /// newer table has another stamp, so the next caller reads it again.</summary>
    public async Task<RuleBook> ForStampAsync(SupervisionDbContext db, string stamp, CancellationToken ct)
    {
        if (Volatile.Read(ref loaded) is { } hit && hit.Stamp == stamp) return hit.Book;
        var book = new RuleBook(await db.RuleSets.AsNoTracking().ToDictionaryAsync(r => r.Division, ct), defaults);
        Volatile.Write(ref loaded, new Loaded(stamp, book));
        return book;
    }

    private sealed record Loaded(string Stamp, RuleBook Book);
}
