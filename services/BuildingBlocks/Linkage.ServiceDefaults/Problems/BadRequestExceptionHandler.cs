using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Linkage.ServiceDefaults.Problems;

/// <summary>Malformed JSON and wrong types become 400 problem details naming the field (the JSON path).</summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is not BadHttpRequestException bad) return false;

        var field = bad.InnerException is JsonException json ? FieldFromPath(json.Path) : "body";
        var message = bad.InnerException is JsonException ? "The value is malformed or of the wrong type." : bad.Message;
        http.Response.StatusCode = bad.StatusCode;
        var details = new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = bad.StatusCode,
            Title = "The request body could not be read.",
        };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = details, Exception = exception });
    }

    private static string FieldFromPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');
}
