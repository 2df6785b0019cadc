using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Linkage.Gateway.Console;

/// <summary>The build writes a Brotli (quality 11) and a gzip copy beside each text file (<c>scripts/precompress.mjs</c>,
/// decision 0636). A request the browser may take compressed is answered from the copy, as it is, under the file's own
/// type and caching; without a copy (or without the encoding) the response compression compresses as before.</summary>
public sealed class PrecompressedFiles(IFileProvider files)
{
    private static readonly (string Encoding, string Suffix)[] Encodings = [("br", ".br"), ("gzip", ".gz")];

    /// <summary>A copy's type is its original's: <c>app.js.br</c> is JavaScript.</summary>
    public static IContentTypeProvider ContentTypes { get; } = new CopyContentTypes();

    public Task InvokeAsync(HttpContext http, Func<Task> next)
    {
        var path = http.Request.Path.Value;
        if (!(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) || !Path.HasExtension(path)
            || !Encodings.Any(e => files.GetFileInfo(path + e.Suffix).Exists))
            return next();
        http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        if (Accepted(http.Request) is { } chosen && files.GetFileInfo(path + chosen.Suffix).Exists)
        {
            http.Response.Headers[HeaderNames.ContentEncoding] = chosen.Encoding;
            http.Request.Path = path + chosen.Suffix;
        }
        return next();
    }

    private static (string Encoding, string Suffix)? Accepted(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        foreach (var candidate in Encodings)
            if (accepted.Any(a => a.Value.Equals(candidate.Encoding, StringComparison.OrdinalIgnoreCase) && a.Quality is not 0))
                return candidate;
        return null;
    }

    private sealed class CopyContentTypes : IContentTypeProvider
    {
        private readonly FileExtensionContentTypeProvider types = new();

        public bool TryGetContentType(string subpath, out string contentType)
        {
            var original = Encodings.Any(e => subpath.EndsWith(e.Suffix, StringComparison.Ordinal)) ? Path.ChangeExtension(subpath, null) : subpath;
            return types.TryGetContentType(original, out contentType!);
        }
    }
}
