using System.Diagnostics;

namespace Linkage.Testing;

/// <summary>Looks into a PDF with Debian's poppler-utils and zbar-tools (scripts/infra.sh installs them): the text a
/// reader extracts, the fonts and whether they are embedded, the QR codes on the page as a scanner decodes them.</summary>
public static class PdfInspection
{
    public static async Task<string> TextAsync(byte[] pdf) => await WithFileAsync(pdf, f => RunAsync("pdftotext", f, "-"));

    public static async Task<string> FontsAsync(byte[] pdf) => await WithFileAsync(pdf, f => RunAsync("pdffonts", f));

    public static async Task<IReadOnlyList<string>> QrCodesAsync(byte[] pdf) => await WithFileAsync(pdf, async file =>
    {
        await RunAsync("pdftoppm", "-r", "150", "-png", "-singlefile", file, file);
        var output = await RunAsync("zbarimg", "-q", "--raw", "-Sqrcode.enable", file + ".png");
        return (IReadOnlyList<string>)output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    });

    private static async Task<T> WithFileAsync<T>(byte[] pdf, Func<string, Task<T>> inspect)
    {
        var file = Path.Combine(Path.GetTempPath(), $"linkage-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try { return await inspect(file); }
        finally
        {
            File.Delete(file);
            File.Delete(file + ".png");
        }
    }

    private static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        Process process;
        try { process = Process.Start(start)!; }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException(
                $"{tool} is not installed: apt-get install poppler-utils zbar-tools (scripts/infra.sh does it).");
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {await error}");
            return await output;
        }
    }
}
