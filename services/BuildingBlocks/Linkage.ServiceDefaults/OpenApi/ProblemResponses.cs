using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Linkage.ServiceDefaults.OpenApi;

/// <summary>Every error an operation can answer, as RFC 7807 problem details, derived from what the endpoint is
/// rather than listed by hand (decision 0552): the BOLA and bad-input suites check that nothing they see returned is
/// missing here.</summary>
public static class ProblemResponses
{
    public const string Schema = "Problem";

    public static Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var document = context.Document!;
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas.TryAdd(Schema, ProblemSchema.Create());
        operation.Responses ??= [];
        foreach (var (status, why) in Statuses(context))
        {
            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (operation.Responses.TryGetValue(key, out var existing) && existing is OpenApiResponse { Content.Count: > 0 } known)
            {
                known.Description = string.IsNullOrEmpty(known.Description) || known.Description == ReasonOf(status) ? why : known.Description;
                continue;
            }
            operation.Responses[key] = new OpenApiResponse
            {
                Description = why,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(Schema, document) },
                },
            };
        }
        return Task.CompletedTask;
    }

    private static IEnumerable<(int Status, string Why)> Statuses(OpenApiOperationTransformerContext context)
    {
        var anonymous = EndpointFacts.Anonymous(context);
        var writes = EndpointFacts.Writes(context);
        var routed = context.Description.ParameterDescriptions.Any(p => p.Source.Id == "Path");
        var queried = context.Description.ParameterDescriptions.Any(p => p.Source.Id == "Query")
            || context.Description.ActionDescriptor.EndpointMetadata.OfType<Paging.PagedEndpoint>().Any();
        yield return (400, "The request could not be read: malformed JSON, a value of the wrong type, or a malformed URL or header. `errors` names the field.");
        if (!anonymous) yield return (401, "No bearer token, or one that is expired or not of this deployment.");
        if (EndpointFacts.Roles(context).Count > 0) yield return (403, "The caller holds none of the roles this operation needs (it is not about any particular record).");
        if (!anonymous || routed) yield return (404, "Not found, or outside the caller's tier subtree and role: the two are not told apart.");
        if (writes && routed) yield return (409, "The record's state does not allow this now (a step out of order, or someone changed it meanwhile).");
        if (writes) yield return (413, "The body is larger than this operation accepts.");
        if (writes) yield return (415, "The body is not of a media type this operation reads (JSON unless it says otherwise).");
        if (writes || queried || routed) yield return (422, "The content is not acceptable: `errors` names every failing field.");
        yield return (503, "A service this request needs is unavailable; send the same request again (same Idempotency-Key) after `Retry-After` seconds.");
    }

    private static string ReasonOf(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
}
