namespace Linkage.Documents.Model;

/// <summary>A one-page printable document: a title, a table of fields, paragraphs and a QR code with a caption.</summary>
public sealed record PrintDocument(
    string Title,
    IReadOnlyList<DocumentField> Fields,
    IReadOnlyList<string> Paragraphs,
    DocumentQrCode? QrCode = null,
    string? Footer = null);

public sealed record DocumentField(string Label, string Value);

public sealed record DocumentQrCode(string Payload, string Caption);
