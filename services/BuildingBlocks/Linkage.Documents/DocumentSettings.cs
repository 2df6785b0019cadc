namespace Linkage.Documents;

/// <summary>Where documents get their font and the public address their QR codes point to (the gateway's URL as
/// residents reach it): <c>Linkage:Documents:CjkFont</c>, <c>Linkage:Documents:PublicBaseUrl</c>.</summary>
public sealed record DocumentSettings(string CjkFontPath, Uri PublicBaseUrl)
{
    public const string PublicBaseUrlKey = "Linkage:Documents:PublicBaseUrl";
    public const string DefaultPublicBaseUrl = "http://localhost:8080/";

    public static DocumentSettings Read(Func<string, string?> setting) => new(
        setting(CjkFont.ConfigurationKey) ?? CjkFont.DefaultPath,
        new Uri(setting(PublicBaseUrlKey) ?? DefaultPublicBaseUrl));

    public string Link(string path) => new Uri(PublicBaseUrl, path).ToString();
}
