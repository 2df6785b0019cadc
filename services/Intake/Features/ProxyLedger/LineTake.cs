using Linkage.Intake.Domain;

namespace Linkage.Intake.Features.ProxyLedger;

/// <summary>A new proxy case's ledger step as one statement sent last in the case's save (decision 0754): the oldest
/// line the agent opened for this principal and matter with no case yet takes the case and its steps, or, when there is
/// none, <c>opened</c> is inserted as it is. A line another submit holds is waited for and, once taken, passed over, so
/// racing submits each end with a line of their own. Both outcomes carry the same steps: an open line is at 问事 (asked),
/// as an opened one starts. The open line is sought through the partial index of open asks, whose conditions
/// (<see cref="Persistence.ProxyLedgerEntryConfiguration.OpenAsks"/>) it names as constants, so that a generic plan
/// uses it too: the lines the station's cases took are not read (decision 0788).</summary>
public static class LineTake
{
    public static FormattableString TakeOrOpen(ProxyLedgerEntry opened) => $"""
        WITH open_line AS (
            SELECT "Id" FROM intake.proxy_ledger
            WHERE "StationOrgUnitId" = {opened.StationOrgUnitId} AND "CaseId" IS NULL AND "Stage" = 'Asked'
              AND "PrincipalDigest" = {opened.PrincipalDigest} AND "MatterCode" = {opened.MatterCode}
            ORDER BY "AskedAt" LIMIT 1 FOR UPDATE),
        taken AS (
            UPDATE intake.proxy_ledger AS l SET "CaseId" = {opened.CaseId}, "CaseNumber" = {opened.CaseNumber},
                "Stage" = {opened.Stage.ToString()}, "AcceptedAt" = {opened.AcceptedAt}::timestamptz,
                "ForwardedAt" = {opened.ForwardedAt}::timestamptz, "Window" = {opened.Window}::text,
                "CompletedAt" = {opened.CompletedAt}::timestamptz, "RepliedAt" = {opened.RepliedAt}::timestamptz
            FROM open_line WHERE l."Id" = open_line."Id"
            RETURNING l."Id")
        INSERT INTO intake.proxy_ledger ("Id", "StationOrgUnitId", "StationDivision", "AgentSubject", "AgentName", "PrincipalName",
            "PrincipalMaskedId", "PrincipalDigest", "MatterCode", "Request", "Stage", "AskedAt", "CaseId", "CaseNumber",
            "AcceptedAt", "ForwardedAt", "Window", "CompletedAt", "RepliedAt")
        SELECT {opened.Id}, {opened.StationOrgUnitId}, {opened.StationDivision}, {opened.AgentSubject}, {opened.AgentName},
            {opened.PrincipalName}, {opened.PrincipalMaskedId}, {opened.PrincipalDigest}, {opened.MatterCode}, {opened.Request}::text,
            {opened.Stage.ToString()}, {opened.AskedAt}, {opened.CaseId}, {opened.CaseNumber}, {opened.AcceptedAt}::timestamptz,
            {opened.ForwardedAt}::timestamptz, {opened.Window}::text, {opened.CompletedAt}::timestamptz, {opened.RepliedAt}::timestamptz
        WHERE NOT EXISTS (SELECT FROM taken)
        """;
}
