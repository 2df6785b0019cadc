using System.Net;
using Linkage.Security.Tests.Endpoints;

namespace Linkage.Security.Tests.Matrix;

/// <summary>One endpoint called by one identity, and whether the answer counts as refused (decision 0421).</summary>
public sealed record Cell(ApiEndpoint Endpoint, RouteKind Kind, Identity Identity, HttpStatusCode Status, bool Leaked)
{
    public bool Refused => Why is null;

    /// <summary>Null when refused; otherwise what is wrong with the answer.</summary>
    public string? Why
    {
        get
        {
            var code = (int)Status;
            if (code >= 500) return "server error";
            if (Identity.User is null) return code == 401 ? null : "anonymous not refused with 401";
            if (code == 404) return null;
            if (code == 403) return Identity.LacksAll(Endpoint.RequiredRoles) ? null : "403 after the object was looked up (must be 404)";
            if (Kind is RouteKind.Collection or RouteKind.Reference && code is 200 or 400 or 422)
                return Leaked ? "a seeded target in the answer" : null;
            if (Endpoint.Writes && code is 400 or 422) return null;
            return $"{code} (not refused)";
        }
    }

    /// <summary>The report's cell: the status, marked when refused only by validation or not refused at all.</summary>
    public string Mark => Refused ? (Endpoint.Writes && (int)Status is 400 or 422 ? $"{(int)Status}†" : $"{(int)Status}")
        : $"**{(int)Status}** ✗";
}
