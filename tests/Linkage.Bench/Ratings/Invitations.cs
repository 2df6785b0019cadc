using Linkage.Bench.Seeding;

namespace Linkage.Bench.Ratings;

/// <summary>Completed cases of the demo resident, handled in the demo county by a bench unit (<c>bench-ratings</c>), each with an open window
/// invitation (ratings.cases and ratings.invitations, as the CaseCompleted consumer writes them) and supervision's row of
/// the completed case, so supervision counts each rating as it would a real one instead of waiting for an acceptance
/// that never comes (0529), and webhooks' unit of the case, learnt from a real case's intake events before its rating
/// (0668), seeded untimed before the run. Ids start <c>bebe0001-</c>; the previous run's cases, invitations, ratings and rectifications are deleted first.</summary>
public sealed class Invitations(BenchDatabase db)
{
    public const string Unit = "bench-ratings";
    private const string Prefix = "bebe0001-0000-4000-8000-";
    private const string Range = $"BETWEEN '{Prefix}000000000000' AND '{Prefix}ffffffffffff'";

    public async Task<IReadOnlyList<string>> SeedAsync(long count, string applicantIdDigest)
    {
        await db.ExecuteAsync($"""
            DELETE FROM ratings.rectification_steps WHERE "RectificationId" IN (SELECT "Id" FROM ratings.rectifications WHERE "CaseId" {Range});
            DELETE FROM ratings.rectifications WHERE "CaseId" {Range};
            DELETE FROM ratings.ratings WHERE "CaseId" {Range};
            DELETE FROM ratings.invitations WHERE "CaseId" {Range};
            DELETE FROM ratings.cases WHERE "Id" {Range};
            DELETE FROM supervision.cases WHERE "Id" {Range};
            DELETE FROM webhooks.case_units WHERE "CaseId" {Range};
            """);
        await db.ExecuteAsync($"""
            INSERT INTO ratings.cases ("Id", "CaseNumber", "MatterCode", "HandlingOrgUnitId", "HandlingDivision", "SubmittedAtOrgUnitId",
                "ApplicantIdDigest", "Completed", "CompletedAt")
            SELECT ('{Prefix}' || lpad(to_hex(g), 12, '0'))::uuid, '350926000000-BENCH-' || g, '000121010000', 'bench-ratings',
                   '350926000000', 'bench-ratings', $1, true, now() - interval '1 day'
            FROM generate_series(0, {count - 1}) AS g
            """, applicantIdDigest);
        await db.ExecuteAsync($"""
            INSERT INTO supervision.cases ("Id", "CaseNumber", "MatterCode", "HandlingOrgUnitId", "HandlingDivision", "SubmittedAtOrgUnitId",
                "SubmittedAtDivision", "AcceptedOn", "AcceptedDay", "DueDate", "Status", "Outcome", "CompletedOn", "OnTime", "Instant")
            SELECT ('{Prefix}' || lpad(to_hex(g), 12, '0'))::uuid, '350926000000-BENCH-' || g, '000121010000', 'bench-ratings',
                   '350926000000', 'bench-ratings', '350926000000', current_date - 3, current_date - 3, current_date + 10,
                   'Completed', 'approved', current_date - 1, true, false
            FROM generate_series(0, {count - 1}) AS g
            """);
        await db.ExecuteAsync($"""
            INSERT INTO webhooks.case_units ("CaseId", "Division", "Handling")
            SELECT ('{Prefix}' || lpad(to_hex(g), 12, '0'))::uuid, '350926000000', true FROM generate_series(0, {count - 1}) AS g
            """);
        await db.ExecuteAsync($"""
            INSERT INTO ratings.invitations ("Id", "CaseId", "Channel", "Token", "ApplicantIdDigest", "IssuedBy", "IssuedAt", "ExpiresAt")
            SELECT gen_random_uuid(), ('{Prefix}' || lpad(to_hex(g), 12, '0'))::uuid, 'Window', md5(random()::text || g) || 'bench', $1,
                   'system', now() - interval '1 day', now() + interval '30 days'
            FROM generate_series(0, {count - 1}) AS g
            """, applicantIdDigest);
        await db.ExecuteAsync("ANALYZE ratings.cases; ANALYZE ratings.invitations");
        return await db.StringsAsync($"""SELECT "Token" FROM ratings.invitations WHERE "CaseId" {Range} ORDER BY "CaseId" """);
    }
}
