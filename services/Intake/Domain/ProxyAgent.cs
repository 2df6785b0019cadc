namespace Linkage.Intake.Domain;

/// <summary>The village agent (代办员) who submitted on the principal's behalf, with the principal's consent.</summary>
public sealed record ProxyAgent(string Subject, string Name, bool PrincipalConsented);
