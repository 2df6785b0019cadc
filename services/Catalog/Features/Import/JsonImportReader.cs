using System.Text.Json;

namespace Linkage.Catalog.Features.Import;

/// <summary>The JSON format (docs/catalog-import.md): an object with arrays <c>regions</c>, <c>orgUnits</c>,
/// <c>departments</c>, <c>matters</c>, <c>implementations</c>; rows are objects with the CSV columns as properties
/// (strings, numbers or booleans; keywords an array of strings; materials and departments arrays of objects).</summary>
public static class JsonImportReader
{
    public static async Task<ImportBatch> ReadAsync(string file, Stream json, CancellationToken ct)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(json, cancellationToken: ct);
        }
        catch (JsonException e)
        {
            return new ImportBatch(file, [], [new(file, (int)(e.LineNumber ?? 0) + 1, "body", "The file is not well-formed JSON.")]);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return new ImportBatch(file, [], [new(file, 1, "body", "The file is a JSON object of section arrays.")]);
            var rows = new List<ImportRow>();
            foreach (var section in ImportBatch.Sections)
            {
                if (!document.RootElement.TryGetProperty(section, out var array) || array.ValueKind != JsonValueKind.Array) continue;
                var index = 0;
                foreach (var item in array.EnumerateArray()) rows.Add(ToRow(section, ++index, item));
            }
            return new ImportBatch(file, rows, []);
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
