namespace Linkage.Hall.Domain;

/// <summary>The last number handed out in a service area of a centre on a day; numbers restart each day.</summary>
public sealed record TicketCounter(string OrgUnitId, DateOnly Day, string AreaCode, int Last);
