using Linkage.Gateway.Proxy;
using Linkage.Security.Tests.Endpoints;

namespace Linkage.Security.Tests.Matrix;

/// <summary>Sorts the endpoint table into <see cref="RouteKind"/>s. Only two things are listed by hand: the gateway's
/// public routes (one list, shared with the gateway) and the few creations that touch nothing but the caller's own.</summary>
public static class Classification
{
    public static readonly IReadOnlyDictionary<string, string> OwnScope = new Dictionary<string, string>
    {
        ["POST /api/intake/cases"] = "a new case of the caller's (an applicant for herself, staff at their own window)",
        ["POST /api/intake/appointments"] = "a slot booked by and for the calling applicant",
        ["POST /api/intake/credit-flags"] = "a flag recorded in the caller's own division (decision 0301)",
        ["POST /api/office/enquiries"] = "an enquiry recorded by the caller at their own centre's desk (首问负责, decision 0500)",
        ["POST /api/webhooks/subscriptions"] = "a webhook registered by and owned by the caller, for the caller's own subtree (decision 0600)",
    };

    public static readonly IReadOnlyDictionary<string, string> Reference = new Dictionary<string, string>
    {
        ["GET /api/catalog/implementations/{implementationCode}"] = "a catalogue entry, the guide's detail for any signed-in caller",
        ["GET /api/supervision/rules/{division}"] = "the deadline rules in force in a region, for its staff (decision 0353)",
    };

    public static RouteKind Of(ApiEndpoint endpoint)
    {
        if (PublicRoute.All.Any(r => r.Method == endpoint.Method && Same(r.Path, endpoint.Pattern))) return RouteKind.Public;
        if (endpoint.Anonymous) return RouteKind.Unclassified;
        if (OwnScope.ContainsKey(endpoint.Key)) return RouteKind.OwnScope;
        if (Reference.ContainsKey(endpoint.Key)) return RouteKind.Reference;
        if (endpoint.RouteParameters.Count > 0) return RouteKind.Target;
        return endpoint.Writes ? RouteKind.BodyWrite : RouteKind.Collection;
    }

    private static bool Same(string a, string b) => Shape(a) == Shape(b);

    private static string Shape(string path) =>
        System.Text.RegularExpressions.Regex.Replace(path.TrimEnd('/'), @"\{[^}]*\}", "{}");
}
