using System.Text.Json.Serialization;

namespace Linkage.Gateway.Console;

/// <summary>A demo user of <c>demo-users.json</c> (the host's seed, copied beside the gateway) as the sign-in page lists it.</summary>
public sealed record ConsoleDemoUser(
    string UserName, string Name, IReadOnlyList<string> Roles, string Division, string? OrgUnitId = null,
    string? DepartmentId = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? IdNumber = null);

public sealed record DemoTokenRequest(string? UserName);

public sealed record DemoTokenResponse(string Token, DateTimeOffset ExpiresAt, ConsoleDemoUser User);
