using Linkage.Messaging;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Linkage.ServiceDefaults.Problems;

/// <summary>A request whose save lost to other writers on every attempt (<see cref="ConcurrentSave"/>) answers 409 saying
/// to send it again, never 500: nothing of it was kept, and the next attempt reads what the others wrote (decision 0732).</summary>
public sealed class LostSaveHandler(IProblemDetailsService problems, ILogger<LostSaveHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is not ConcurrentSaveLostException || http.Response.HasStarted) return false;
        log.LogWarning("{Method} {Path}: the save lost to other writers on each of {Attempts} attempts; answered 409",
            http.Request.Method, http.Request.Path, ConcurrentSave.Attempts);
        http.Response.StatusCode = StatusCodes.Status409Conflict;
        var details = new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "Conflict",
            Detail = $"What this request changes was changed by others on each of {ConcurrentSave.Attempts} attempts and nothing "
                + "of it was saved; send it again.",
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = details, Exception = exception });
    }
}
