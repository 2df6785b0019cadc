namespace Linkage.Hall.Features.Stats;

/// <summary>One window's day: tickets served and skipped, mean wait (taken → called) and mean serving time
/// (called → finished) in seconds, over served tickets.</summary>
public sealed record WindowStats(
    string CentreId, string Division, string WindowCode, int Served, int Skipped, double AverageWaitSeconds, double AverageServingSeconds);
