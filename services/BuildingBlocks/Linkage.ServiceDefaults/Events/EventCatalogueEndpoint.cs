using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Linkage.ServiceDefaults.Events;

public static class EventCatalogueEndpoint
{
    public const string Path = "/api/events/asyncapi.json";

    /// <summary>Public like the OpenAPI documents; every host serves the same catalogue.</summary>
    public static void MapEventCatalogue(this IEndpointRouteBuilder app) => app
        .MapGet(Path, () => Results.Text(AsyncApiDocument.Json, "application/json"))
        .AllowAnonymous()
        .ExcludeFromDescription();
}
