namespace Linkage.Security.Tests.Matrix;

/// <summary>How the matrix treats an endpoint (decision 0420): what it calls it with and what counts as refused.</summary>
public enum RouteKind
{
    /// <summary>On the gateway's public-route list: anonymous by design, not in the matrix.</summary>
    Public,

    /// <summary>Creates something of the caller's own and names no one else's object: listed in <see cref="Classification"/> with the reason.</summary>
    OwnScope,

    /// <summary>Names in its route shared reference data, not anyone's object: listed in <see cref="Classification"/>
    /// with the reason, and judged like a <see cref="Collection"/>.</summary>
    Reference,

    /// <summary>Names its object in the route: every parameter filled from the targets.</summary>
    Target,

    /// <summary>A list or figure without a route parameter: query parameters filled from the targets, and the answer
    /// must not carry any of them.</summary>
    Collection,

    /// <summary>A write naming its object in the body: the body made from the targets.</summary>
    BodyWrite,

    /// <summary>Anonymous in its module but not on the public-route list: a hole until one of the two changes.</summary>
    Unclassified,
}
