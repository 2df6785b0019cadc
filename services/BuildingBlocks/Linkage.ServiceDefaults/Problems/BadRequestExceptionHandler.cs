using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Linkage.ServiceDefaults.Problems;

/// <summary>Malformed JSON and wrong types become 400 problem details naming the field (the JSON path); a query, route
/// or header parameter that does not bind (<c>?caseId=xx</c>, <c>?date=xx</c>) names the parameter, as a field error does.</summary>
public sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is not BadHttpRequestException bad) return false;

        var parameter = bad.InnerException is null ? Unbound().Match(bad.Message) : Match.Empty;
        var field = bad.InnerException is JsonException json ? FieldFromPath(json.Path)
            : parameter.Success ? parameter.Groups["name"].Value : "body";
        var message = bad.InnerException is JsonException ? "The value is malformed or of the wrong type."
            : parameter.Success ? Expected(parameter.Groups["type"].Value.TrimEnd('?')) : bad.Message;
        http.Response.StatusCode = bad.StatusCode;
        var details = new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = bad.StatusCode,
            Title = parameter.Success ? "A parameter could not be read." : "The request body could not be read.",
        };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = details, Exception = exception });
    }

    private static string Expected(string type) => type switch
    {
        "DateOnly" => "A date, yyyy-MM-dd.",
        "DateTimeOffset" or "DateTime" => "A date and time, ISO 8601.",
        "TimeOnly" => "A time of day, HH:mm.",
        "Guid" => "An identifier (a GUID).",
        "int" or "long" or "short" => "A whole number.",
        "bool" => "true or false.",
        _ => $"A value of type {type}.",
    };

    private static string FieldFromPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');

    /// <summary>ASP.NET Core's messages for a parameter that failed to bind or is missing:
    /// <c>Failed to bind parameter "Guid? caseId" from "xx".</c>, <c>Required parameter "int limit" was not provided …</c>.</summary>
    [GeneratedRegex("""^(?:Failed to bind|Required) parameter "(?<type>[^"]+) (?<name>[A-Za-z_][A-Za-z0-9_]*)"( from| was not provided)""")]
    private static partial Regex Unbound();
}
