namespace Linkage.Contracts.Events.Hall;

/// <summary>A window clerk signed on at a numbered window of a centre (上岗), or off it (<see cref="WindowCode"/> null):
/// intake takes the window a case is accepted at from this (decision 0527). The latest <see cref="At"/> wins.</summary>
public sealed record ClerkWindowChanged(
    string ClerkSubject,
    string OrgUnitId,
    string Division,
    string? WindowCode,
    DateTimeOffset At);
