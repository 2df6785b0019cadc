using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Messaging;

/// <summary>The alarm of a parked federation row (decision 0673): a card raised when the row parks, resolved when a
/// later try (its slow retry or a replay) gets it across. Written as integration rows in the round's transaction, so
/// neither is lost nor written without the mark that caused it. Integration rows keep the error log and counter only.</summary>
internal sealed class OutboxParkedAlarms(IServiceProvider services, OutboxOptions options)
{
    public IReadOnlyList<OutboxMessage> For(IReadOnlyList<OutboxRow> rows, IReadOnlyList<PublishResult> results)
    {
        if (services.GetService<FederationAlarm>() is not { } alarm) return [];
        var alarms = new List<OutboxMessage>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Kind != OutboxKind.Federation) continue;
            if (results[i].Error is { } error && row.Attempts + 1 == options.MaxAttempts
                && alarm.Parked(row.Id, row.MessageType, row.TargetDivision, error) is { } raised)
                alarms.Add(OutboxRows.Integration(raised, row.Id.ToString()));
            else if (results[i].Error is null && row.Attempts >= options.MaxAttempts)
                alarms.Add(OutboxRows.Integration(alarm.Crossed(row.Id, row.MessageType), row.Id.ToString()));
        }
        return alarms;
    }
}
