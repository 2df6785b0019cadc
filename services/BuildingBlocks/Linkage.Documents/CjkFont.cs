using System.Collections.Concurrent;
using Linkage.Documents.Fonts;

namespace Linkage.Documents;

/// <summary>The TrueType CJK font documents are printed with: <c>Linkage:Documents:CjkFont</c>, by default WenQuanYi
/// Zen Hei from Debian's fonts-wqy-zenhei (scripts/infra.sh installs it). Loaded once per path and process.</summary>
public static class CjkFont
{
    public const string ConfigurationKey = "Linkage:Documents:CjkFont";
    public const string DefaultPath = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

    private static readonly ConcurrentDictionary<string, Lazy<TrueTypeFont>> Loaded = new();

    public static TrueTypeFont Load(string path)
    {
        if (!File.Exists(path))
            throw new DocumentFontMissingException(
                $"The CJK font for printable documents is missing at '{path}' ({ConfigurationKey}). " +
                "Install Debian's fonts-wqy-zenhei (apt-get install fonts-wqy-zenhei) or point the setting at a TrueType CJK font.");
        return Loaded.GetOrAdd(Path.GetFullPath(path), p => new Lazy<TrueTypeFont>(() => TrueTypeFont.Load(p))).Value;
    }
}

public sealed class DocumentFontMissingException(string message) : Exception(message);
