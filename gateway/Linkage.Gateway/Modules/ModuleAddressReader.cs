namespace Linkage.Gateway.Modules;

internal static class ModuleAddressReader
{
    public static ModuleAddress Read(IConfigurationSection section, GatewayModule module)
    {
        var openApiPath = section["OpenApiPath"];
        if (!string.IsNullOrWhiteSpace(openApiPath) && !openApiPath.StartsWith('/'))
            throw new InvalidOperationException($"{section.Path}:OpenApiPath must start with '/'.");
        return new ModuleAddress(module, Url(section, "Http"), Url(section, "Grpc"),
            string.IsNullOrWhiteSpace(openApiPath) ? null : openApiPath);
    }

    private static Uri? Url(IConfigurationSection section, string key)
    {
        var value = section[key];
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            return uri;
        throw new InvalidOperationException($"{section.Path}:{key} must be an absolute http(s) URL, got '{value}'.");
    }
}
