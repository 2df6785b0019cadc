using QRCoder;

namespace Linkage.Documents;

/// <summary>The dark modules of a QR code (quiet zone included), drawn by the renderer as filled squares.</summary>
public sealed class QrMatrix
{
    private readonly bool[][] modules;

    private QrMatrix(bool[][] modules) => this.modules = modules;

    public int Size => modules.Length;

    public bool IsDark(int row, int column) => modules[row][column];

    public static QrMatrix Encode(string payload)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        return new QrMatrix([.. data.ModuleMatrix.Select(row => Enumerable.Range(0, row.Count).Select(i => row[i]).ToArray())]);
    }
}
