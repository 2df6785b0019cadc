namespace Linkage.Hall.Features.Display;

/// <summary>The hall's screen: the numbers called today, latest announcement first, and how many wait per area.
/// Numbers and windows only: nothing about who holds a ticket.</summary>
public sealed record DisplayView(string CentreId, DateOnly Day, IReadOnlyList<CalledNumber> Called, IReadOnlyList<AreaQueue> Areas);

public sealed record CalledNumber(string Number, string WindowCode, string WindowName, DateTimeOffset AnnouncedAt, int Recalls);

public sealed record AreaQueue(string Code, string Name, int Waiting);
