using Microsoft.AspNetCore.Builder;

namespace Linkage.ServiceDefaults.Paging;

/// <summary>Endpoint metadata: the endpoint answers a <see cref="Page{T}"/> and reads <c>cursor</c> and <c>limit</c>.
/// The OpenAPI transformers document both from it; the pagination walk test finds the lists by it.</summary>
public sealed class PagedEndpoint;

/// <summary>Endpoint metadata: a computed report (rows bounded by its own parameters, e.g. one per window or per day of
/// a period) answered whole, in JSON or as a file. Not a list, so not paged (decision 0550).</summary>
public sealed class ReportEndpoint
{
    public static TBuilder Of<TBuilder>(TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new ReportEndpoint());
        return builder;
    }
}
