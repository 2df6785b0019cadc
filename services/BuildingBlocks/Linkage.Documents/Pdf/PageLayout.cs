using Linkage.Documents.Model;

namespace Linkage.Documents.Pdf;

/// <summary>Lays a document out on one A4 page: centred title, a ruled table of fields, paragraphs wrapped to the
/// text width, the QR code at the bottom right with its caption, the footer at the bottom left.</summary>
internal sealed class PageLayout(PdfCanvas canvas)
{
    public const double Width = 595.28, Height = 841.89;
    private const double Margin = 56, LabelWidth = 120, Body = 11, Leading = 17, QrSide = 120;

    private double y = Height - 80;

    public void Draw(PrintDocument document)
    {
        canvas.Text((Width - canvas.Measure(document.Title, 20)) / 2, y, 20, document.Title);
        y -= 16;
        canvas.Line(Margin, y, Width - Margin, y, 1);
        y -= 26;
        foreach (var field in document.Fields) DrawField(field);
        y -= 8;
        foreach (var paragraph in document.Paragraphs) DrawParagraph(paragraph);
        if (document.QrCode is { } qr) DrawQrCode(qr);
        if (document.Footer is { } footer) canvas.Text(Margin, Margin, 9, footer);
    }

    private void DrawField(DocumentField field)
    {
        canvas.Text(Margin, y, Body, field.Label);
        var lines = Wrap(field.Value, Width - 2 * Margin - LabelWidth, Body);
        foreach (var line in lines)
        {
            canvas.Text(Margin + LabelWidth, y, Body, line);
            y -= Leading;
        }
        canvas.Line(Margin, y + Leading - 5, Width - Margin, y + Leading - 5, 0.3);
        y -= 6;
    }

    private void DrawParagraph(string paragraph)
    {
        foreach (var line in Wrap(paragraph, Width - 2 * Margin, Body))
        {
            canvas.Text(Margin, y, Body, line);
            y -= Leading;
        }
        y -= 6;
    }

    private void DrawQrCode(DocumentQrCode qr)
    {
        var matrix = QrMatrix.Encode(qr.Payload);
        var module = QrSide / matrix.Size;
        var (left, bottom) = (Width - Margin - QrSide, Margin + 40);
        for (var row = 0; row < matrix.Size; row++)
            for (var column = 0; column < matrix.Size; column++)
                if (matrix.IsDark(row, column))
                    canvas.Box(left + column * module, bottom + (matrix.Size - 1 - row) * module, module, module);
        var captionY = bottom - 12;
        foreach (var line in Wrap(qr.Caption, 220, 8))
        {
            canvas.Text(Width - Margin - canvas.Measure(line, 8), captionY, 8, line);
            captionY -= 11;
        }
    }

    private List<string> Wrap(string text, double width, double size)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var rune in paragraph.EnumerateRunes())
            {
                var next = line + rune;
                if (line.Length > 0 && canvas.Measure(next, size) > width) (lines, line) = (Add(lines, line), rune.ToString());
                else line = next;
            }
            lines.Add(line);
        }
        return lines;
    }

    private static List<string> Add(List<string> lines, string line)
    {
        lines.Add(line);
        return lines;
    }
}
