using System.Text;
using Linkage.Gateway.Problems;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Linkage.Gateway.Console;

/// <summary>A client-side route (<c>/console/clerk/cases</c>) gets index.html, the sign-in choices written into it
/// (decision 0559); a missing asset stays a 404, so a stale hashed name fails loudly instead of answering HTML for a script.</summary>
public sealed class ConsoleFallback(IFileProvider files, ConsoleSignInChoices choices)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) || Path.HasExtension(path))
        {
            await NotFound(http);
            return;
        }
        if (path.Length == 0)
        {
            http.Response.Redirect(http.Request.PathBase + "/");
            return;
        }
        await using var index = files.GetFileInfo("index.html").CreateReadStream();
        var page = Encoding.UTF8.GetBytes(choices.WriteInto(await new StreamReader(index, Encoding.UTF8).ReadToEndAsync(http.RequestAborted)));
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers[HeaderNames.CacheControl] = ConsoleCaching.Revalidate;
        http.Response.ContentLength = page.Length;
        if (HttpMethods.IsGet(http.Request.Method)) await http.Response.Body.WriteAsync(page, http.RequestAborted);
    }

    public static Task NotBuilt(HttpContext http) => GatewayProblem.WriteAsync(http, StatusCodes.Status404NotFound,
        "Console not built", "The console has not been built on this gateway (./platform up builds it).",
        "https://tools.ietf.org/html/rfc9110#section-15.5.5");

    private static Task NotFound(HttpContext http) => GatewayProblem.WriteAsync(http, StatusCodes.Status404NotFound,
        "Not found", "No such file in the console.", "https://tools.ietf.org/html/rfc9110#section-15.5.5");
}
