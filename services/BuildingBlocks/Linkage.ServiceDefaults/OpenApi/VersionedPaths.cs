using Linkage.ServiceDefaults.Versioning;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Linkage.ServiceDefaults.OpenApi;

/// <summary>The documents list the <c>/api/v1</c> paths (decision 0553); the unversioned aliases are not documented.</summary>
public static class VersionedPaths
{
    public static Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        var paths = new OpenApiPaths();
        foreach (var (path, item) in document.Paths) paths.Add(ApiVersion.Versioned(path), item);
        document.Paths = paths;
        return Task.CompletedTask;
    }
}
