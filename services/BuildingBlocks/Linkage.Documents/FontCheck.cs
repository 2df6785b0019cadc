using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Linkage.Documents;

/// <summary>Says at start-up, not at the first print, when the CJK font is missing or unusable; the rest of the
/// host keeps running (document endpoints then fail with the same message).</summary>
internal sealed class FontCheck(PdfRenderer renderer, ILogger<FontCheck> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try { renderer.EnsureFont(); }
        catch (Exception e) when (e is DocumentFontMissingException or InvalidDataException)
        {
            log.LogError("Printable documents are unavailable: {Reason}", e.Message);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
