using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Linkage.Supervision.Messaging;

/// <summary>The cards a round's ended and late steps touch, read with Npgsql alone (decision 0845) and tracked with the
/// version they were read at, so that their save compares it as a query of EF's would have.</summary>
internal static class CardRows
{
    /// <summary>The open cards of the cases <paramref name="caseIds"/> and the cards <paramref name="ids"/>, open or not.</summary>
    public static NpgsqlBatchCommand OpenOrNamed(Guid[] caseIds, Guid[] ids) => RawStatements.Statement(Sql, caseIds, ids);

    /// <summary>A row of <see cref="OpenOrNamed"/>, tracked: the instance the context tracks already under its key, as EF's
    /// query would answer it, else the row attached unchanged with its version.</summary>
    public static Alarm Tracked(SupervisionDbContext db, NpgsqlDataReader row)
    {
        if (DetectOnce.Undetected(db, () => db.Alarms.Local.FindEntry(row.GetGuid(0))) is { } tracked) return tracked.Entity;
        var card = Alarm.Stored(row.GetGuid(0), row.GetGuid(1), row.GetString(2), Enum.Parse<AlarmKind>(row.GetString(3)),
            Enum.Parse<AlertLevel>(row.GetString(4)), row.NullableAt<Guid>(5), row.NullableAt<Guid>(6), row.TextOrNull(7), row.GetString(8),
            row.GetFieldValue<DateOnly>(9), row.GetFieldValue<DateOnly>(10), row.GetFieldValue<DateTimeOffset>(11),
            (row.TextOrNull(12), row.NullableAt<DateTimeOffset>(13)), (row.TextOrNull(14), row.NullableAt<DateTimeOffset>(15)), row.TextOrNull(16));
        var version = db.Attach(card).Property<uint>("xmin");
        version.OriginalValue = version.CurrentValue = row.GetFieldValue<uint>(17);
        version.IsModified = false;
        return card;
    }

    private const string Sql = """
        SELECT a."Id", a."CaseId", a."CaseNumber", a."Kind", a."Level", a."TaskId", a."OrderId", a."DepartmentId",
            a."HandlingDivision", a."Deadline", a."RaisedOn", a."RaisedAt", a."AcknowledgedBy", a."AcknowledgedAt", a."ResolvedBy",
            a."ResolvedAt", a."Note", a.xmin
        FROM supervision.alarms AS a
        WHERE (a."CaseId" = ANY($1) AND a."ResolvedAt" IS NULL) OR a."Id" = ANY($2)
        """;
}
