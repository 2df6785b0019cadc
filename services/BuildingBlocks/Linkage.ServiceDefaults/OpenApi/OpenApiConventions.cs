using Microsoft.AspNetCore.OpenApi;

namespace Linkage.ServiceDefaults.OpenApi;

/// <summary>What every module's OpenAPI document gets from transformers rather than from hand lines on each
/// endpoint (decision 0552, docs/api-style.md): integers typed as integers, the bearer scheme, problem-details
/// answers, the paging parameters, kebab-case enum values of status parameters, the Idempotency-Key header, and a
/// description for every operation; the paths under <c>/api/v1</c> (decision 0553).</summary>
public static class OpenApiConventions
{
    public static void Apply(OpenApiOptions options)
    {
        options.AddDocumentTransformer(VersionedPaths.TransformAsync);
        options.AddSchemaTransformer(IntegerSchemas.TransformAsync);
        options.AddSchemaTransformer(PageSchemas.TransformAsync);
        options.AddOperationTransformer(PagingParameters.TransformAsync);
        options.AddOperationTransformer(EnumParameters.TransformAsync);
        options.AddOperationTransformer(IdempotencyKeyHeader.TransformAsync);
        options.AddOperationTransformer(BearerSecurity.TransformAsync);
        options.AddOperationTransformer(ProblemResponses.TransformAsync);
        options.AddOperationTransformer(OperationDescriptions.TransformAsync);
    }
}
