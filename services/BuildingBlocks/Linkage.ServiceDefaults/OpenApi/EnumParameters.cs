using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Linkage.ServiceDefaults.OpenApi;

/// <summary>A query parameter read as text and parsed as a kebab-case enum in the handler (so a bad value is a 422
/// naming it, not a binding 400) lists its values in the document: <c>[OneOf&lt;CaseStatus&gt;] string? status</c>.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class OneOfAttribute<TEnum> : Attribute, IEnumValues where TEnum : struct, Enum
{
    public IReadOnlyList<string> Values => Enum.GetNames<TEnum>().Select(JsonNamingPolicy.KebabCaseLower.ConvertName).ToList();
}

public interface IEnumValues
{
    IReadOnlyList<string> Values { get; }
}

public static class EnumParameters
{
    public static Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        foreach (var described in context.Description.ParameterDescriptions)
        {
            if (described.ParameterDescriptor is not IParameterInfoParameterDescriptor { ParameterInfo: var info }) continue;
            if (info.GetCustomAttributes().OfType<IEnumValues>().FirstOrDefault() is not { } values) continue;
            if (operation.Parameters?.FirstOrDefault(p => p.Name == described.Name) is not OpenApiParameter { Schema: OpenApiSchema schema }) continue;
            schema.Enum = values.Values.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
        }
        return Task.CompletedTask;
    }
}
