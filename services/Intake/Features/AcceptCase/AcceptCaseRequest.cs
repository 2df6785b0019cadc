namespace Linkage.Intake.Features.AcceptCase;

/// <summary>Optionally the window the clerk claims to accept at; it must be the one the clerk is signed on at.</summary>
public sealed record AcceptCaseRequest(string? Window);
