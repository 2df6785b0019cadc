using Linkage.ServiceDefaults.Paging;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Linkage.ServiceDefaults.OpenApi;

/// <summary>The one page shape, described once for every <c>Page&lt;T&gt;</c> schema.</summary>
public static class PageSchemas
{
    private static readonly Dictionary<string, string> Descriptions = new()
    {
        ["items"] = "The items of this page, in the list's order.",
        ["nextCursor"] = "Pass as `cursor` (with the same filters) for the next page; absent on the last page.",
        ["total"] = "How many items match in all, where that is cheap to count; absent otherwise.",
    };

    public static Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        var type = context.JsonTypeInfo.Type;
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(Page<>) || schema.Properties is null) return Task.CompletedTask;
        schema.Description = "One page of a list (docs/api-style.md).";
        foreach (var (name, property) in schema.Properties)
            if (property is OpenApiSchema described && Descriptions.TryGetValue(name, out var text)) described.Description = text;
        if (schema.Properties.TryGetValue("nextCursor", out var cursor) && cursor is OpenApiSchema c)
            c.Examples = ["eyJ2IjpbIjIwMjYtMTItMDNUMDk6MTA6MDArMDA6MDAiXX0.q3Jr0nGzv8l9Xw2bTqk1aA"];
        return Task.CompletedTask;
    }
}
