using System.IO.Compression;
using System.Security;
using System.Text;

namespace Linkage.Supervision.Features.Stats;

/// <summary>The breakdown as a minimal Office Open XML workbook (one sheet, inline strings), written by hand: the
/// same columns as the CSV, numbers as numbers.</summary>
public static class BreakdownXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const string Types = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""";
    private const string Rels = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""";
    private const string Workbook = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="统计" sheetId="1" r:id="rId1"/></sheets></workbook>""";
    private const string WorkbookRels = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""";

    public static byte[] Write(IReadOnlyList<BreakdownRow> rows)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", Types);
            Add(zip, "_rels/.rels", Rels);
            Add(zip, "xl/workbook.xml", Workbook);
            Add(zip, "xl/_rels/workbook.xml.rels", WorkbookRels);
            Add(zip, "xl/worksheets/sheet1.xml", Sheet(rows));
        }
        return buffer.ToArray();
    }

    private static string Sheet(IReadOnlyList<BreakdownRow> rows)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        xml.Append("<row>").AppendJoin("", BreakdownCsv.Columns.Select(Text)).Append("</row>");
        foreach (var r in rows)
            xml.Append("<row>").Append(Text(r.Key)).AppendJoin("", BreakdownCsv.Figures(r).Select(Number)).Append("</row>");
        return xml.Append("</sheetData></worksheet>").ToString();
    }

    private static string Text(string value) => $"""<c t="inlineStr"><is><t>{SecurityElement.Escape(value)}</t></is></c>""";

    private static string Number(string value) => value.Length == 0 ? "<c/>" : $"<c><v>{value}</v></c>";

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
