using Linkage.Supervision.Domain;

namespace Linkage.Supervision.Persistence;

/// <summary>A queued <see cref="DailyCount"/> tally as its row of <c>supervision.count_deltas</c>, saved through the change
/// tracker with the rest of the unit of work, so it is in the unit's own batch (decision 0604).</summary>
public sealed class CountDelta : DayFigures
{
    private CountDelta() { }

    public long Id { get; private set; }

    public static CountDelta Of(DailyCount d)
    {
        var delta = new CountDelta
        {
            Day = d.Day, HandlingDivision = d.HandlingDivision, HandlingOrgUnitId = d.HandlingOrgUnitId, MatterCode = d.MatterCode,
            WindowId = d.WindowId, DepartmentId = d.DepartmentId,
        };
        delta.Add(d.Figures());
        return delta;
    }
}
