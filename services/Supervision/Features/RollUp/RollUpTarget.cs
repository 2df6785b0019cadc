using Linkage.Kernel;
using Linkage.Messaging;

namespace Linkage.Supervision.Features.RollUp;

/// <summary>Where figures roll up to: the parent of the (first) division this deployment serves, as for the audit heads
/// (decision 0404); null for a deployment that serves everything.</summary>
public static class RollUpTarget
{
    public static string? Above(FederationOptions options) =>
        options.Scope.Serves.Count > 0 && DivisionCode.TryParse(options.Scope.Serves[0], out var served, out _) && served.Parent is { } parent
            ? parent.Value : null;
}
