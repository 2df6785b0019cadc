using Microsoft.AspNetCore.Routing.Matching;

namespace Linkage.Gateway.Listeners;

/// <summary>Drops route candidates that belong to the other listener, so REST is never served on the gRPC
/// port and gRPC never on the HTTP port; a request left without candidates is a plain 404 (or 401).</summary>
public sealed class ListenerMatcherPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    public override int Order => 0;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) => endpoints.Count > 0;

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        var listener = ListenerFeature.Of(httpContext);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!candidates.IsValidCandidate(i)) continue;
            var required = candidates[i].Endpoint.Metadata.GetMetadata<ListenerMetadata>()?.Listener ?? GatewayListener.Http;
            if (required != listener) candidates.SetValidity(i, false);
        }
        return Task.CompletedTask;
    }
}
