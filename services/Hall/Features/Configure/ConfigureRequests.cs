namespace Linkage.Hall.Features.Configure;

public sealed record AreaRequest(string? Name, string[]? MatterCodes);

public sealed record WindowRequest(string? Name, string[]? AreaCodes);
