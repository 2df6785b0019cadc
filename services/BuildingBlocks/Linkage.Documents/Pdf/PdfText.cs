using System.Text;

namespace Linkage.Documents.Pdf;

/// <summary>PDF literal encodings: UTF-16BE text strings for metadata, hex glyph strings for Identity-H text.</summary>
internal static class PdfText
{
    public static string Utf16(string text) =>
        "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";

    public static string Number(double value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
