namespace Linkage.Gateway.Problems;

/// <summary>The edge's own RFC 7807 answers (the modules write theirs).</summary>
public static class GatewayProblem
{
    public static Task WriteAsync(HttpContext http, int status, string title, string detail, string type) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, type: type).ExecuteAsync(http);

    public static Task Unauthorized(HttpContext http) => WriteAsync(http, StatusCodes.Status401Unauthorized, "Unauthorized",
        "A valid bearer token is required.", "https://tools.ietf.org/html/rfc9110#section-15.5.2");

    public static Task TooLarge(HttpContext http, long limit) => WriteAsync(http, StatusCodes.Status413PayloadTooLarge,
        "Request body too large", $"The request body exceeds {limit} bytes.", "https://tools.ietf.org/html/rfc9110#section-15.5.14");

    public static Task UpstreamFailed(HttpContext http, int status) => WriteAsync(http, status,
        status == StatusCodes.Status504GatewayTimeout ? "Gateway timeout" : "Bad gateway",
        "The module serving this route did not answer; try again later.", "https://tools.ietf.org/html/rfc9110#section-15.6");

    public static Task TooManyRequests(HttpContext http) => WriteAsync(http, StatusCodes.Status429TooManyRequests,
        "Too many requests", "The rate limit for this caller was exceeded; retry after the indicated delay.",
        "https://tools.ietf.org/html/rfc6585#section-4");
}
