using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Linkage.Catalog.Features.Import;

/// <summary>The JSON format (docs/catalog-import.md): an object with arrays <c>regions</c>, <c>orgUnits</c>,
/// <c>departments</c>, <c>matters</c>, <c>implementations</c>; rows are objects with the CSV columns as properties
/// (strings, numbers or booleans; keywords an array of strings; materials and departments arrays of objects). The
/// document is parsed whole (compact UTF-8); its rows are made one at a time as the validator asks for them.</summary>
public static class JsonImportReader
{
    public static ImportFile Read(string file, Stream json) => new(file, (read, ct) => RowsAsync(read, json, ct));

    private static async IAsyncEnumerable<ImportRow> RowsAsync(ImportFile file, Stream json, [EnumeratorCancellation] CancellationToken ct)
    {
        using var document = await ParseAsync(file, json, ct);
        if (document is null) yield break;
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            file.Add(1, "body", "The file is a JSON object of section arrays.");
            yield break;
        }
        foreach (var section in ImportFile.Sections)
        {
            if (!document.RootElement.TryGetProperty(section, out var array) || array.ValueKind != JsonValueKind.Array) continue;
            var index = 0;
            foreach (var item in array.EnumerateArray()) yield return ToRow(section, ++index, item);
        }
    }

    private static async Task<JsonDocument?> ParseAsync(ImportFile file, Stream json, CancellationToken ct)
    {
        try
        {
            return await JsonDocument.ParseAsync(json, cancellationToken: ct);
        }
        catch (JsonException e)
        {
            file.Add((int)(e.LineNumber ?? 0) + 1, "body", "The file is not well-formed JSON.");
            return null;
        }
    }

    private static ImportRow ToRow(string section, int row, JsonElement item)
    {
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        var lists = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>>(StringComparer.Ordinal);
        if (item.ValueKind != JsonValueKind.Object) return new ImportRow(section, row, cells, lists);
        foreach (var property in item.EnumerateObject())
        {
            var value = property.Value;
            if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.Object))
                lists[property.Name] = value.EnumerateArray().Select(v => (IReadOnlyDictionary<string, string>)v.EnumerateObject()
                    .ToDictionary(p => p.Name, p => Text(p.Value), StringComparer.Ordinal)).ToList();
            else cells[property.Name] = Text(value);
        }
        return new ImportRow(section, row, cells, lists);
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.Array => string.Join(';', value.EnumerateArray().Select(Text)),
        _ => value.GetRawText(),
    };
}
