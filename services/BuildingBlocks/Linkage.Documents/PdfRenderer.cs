using System.Text.RegularExpressions;
using Linkage.Documents.Model;
using Linkage.Documents.Pdf;

namespace Linkage.Documents;

/// <summary>Renders a <see cref="PrintDocument"/> to a one-page A4 PDF with the CJK font embedded (subset).</summary>
public sealed partial class PdfRenderer(string fontPath)
{
    public const string ContentType = "application/pdf";

    public string FontPath { get; } = fontPath;

    /// <summary>Fails with a clear message when the font is missing or unusable; call at start-up.</summary>
    public void EnsureFont() => CjkFont.Load(FontPath);

    public byte[] Render(PrintDocument document)
    {
        var font = CjkFont.Load(FontPath);
        var canvas = new PdfCanvas(font);
        new PageLayout(canvas).Draw(document);
        var pdf = new PdfFile();
        var fontObject = EmbeddedFont.Add(pdf, font, canvas.Glyphs, FontName());
        var content = pdf.AddStream(canvas.Content);
        var pages = pdf.Reserve();
        var page = pdf.Add(
            $"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 {PdfText.Number(PageLayout.Width)} " +
            $"{PdfText.Number(PageLayout.Height)}] /Resources << /Font << /F1 {fontObject} 0 R >> >> /Contents {content} 0 R >>");
        pdf.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        var catalog = pdf.Add($"<< /Type /Catalog /Pages {pages} 0 R >>");
        var info = pdf.Add($"<< /Title {PdfText.Utf16(document.Title)} /Producer (Linkage.Documents) >>");
        return pdf.Write(catalog, info);
    }

    private string FontName() => NotPostScript().Replace(Path.GetFileNameWithoutExtension(FontPath), "");

    [GeneratedRegex("[^A-Za-z0-9-]")]
    private static partial Regex NotPostScript();
}
