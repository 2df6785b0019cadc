using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Linkage.ServiceDefaults.OpenApi;

/// <summary>Primitive types as a generator needs them. The web JSON defaults read numbers from strings too, which the
/// generator writes as <c>["integer","string"]</c> with a pattern; we document what we write: a number. And our own
/// string converter (<c>PlainTextConverter</c>) hides the type of every string, which we put back.</summary>
public static class IntegerSchemas
{
    private const JsonSchemaType Numeric = JsonSchemaType.Integer | JsonSchemaType.Number;

    public static Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        if (schema.Type is { } type && (type & Numeric) != 0 && (type & JsonSchemaType.String) != 0)
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
        else if (schema.Type is null && context.JsonTypeInfo.Type == typeof(string))
            schema.Type = JsonSchemaType.String | (context.JsonPropertyInfo is { IsGetNullable: true } ? JsonSchemaType.Null : 0);
        else if (schema.Type is { } array && (array & JsonSchemaType.Array) != 0 && schema.Items is null && context.JsonTypeInfo.ElementType == typeof(string))
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String }; // the same converter loses the items of a list of strings
        return Task.CompletedTask;
    }
}
