using Linkage.Kernel;

namespace Linkage.Catalog.Features.CreateRegion;

/// <summary>A new region: its 12-digit code, name, and optionally the level and parent the caller expects (both are
/// implied by the code; when given they must agree with it).</summary>
public sealed record CreateRegionRequest(string? Code, string? Name, DivisionLevel? Level, string? ParentCode);
